package extract

import (
	"context"
	"testing"
)

// TestRules runs each attribution rule on a sentence of its own: the quote
// found, its kind, its speaker and the rule that linked it.
func TestRules(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ kind, speaker, text, rule string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"said after quote", `"We will win," Smith said.`,
			[]want{{"direct", "Smith", "We will win,", ruleCueAfter}}},
		{"inverted after quote", `"We will win," said the coach.`,
			[]want{{"direct", "the coach", "We will win,", ruleCueAfter}}},
		{"cue before with colon", `Jane Roe told reporters: "We will appeal."`,
			[]want{{"direct", "Jane Roe", "We will appeal.", ruleCueBefore}}},
		{"subject said that", "Her lawyer said that she would appeal.",
			[]want{{"indirect", "Her lawyer", "she would appeal", ruleSaidThat}}},
		{"content then cue", "The plan will fail, Tom Reed said.",
			[]want{{"indirect", "Tom Reed", "The plan will fail", ruleContentCue}}},
		{"inverted with apposition", "The plan will fail, said Tom Reed, a city councillor.",
			[]want{{"indirect", "Tom Reed", "The plan will fail", ruleContentCue}}},
		{"according to first", "According to Tom Reed, a city councillor, the budget is already stretched.",
			[]want{{"indirect", "Tom Reed", "the budget is already stretched", ruleAccordingTo}}},
		{"according to last", "The budget is already stretched, according to the city.",
			[]want{{"indirect", "the city", "The budget is already stretched", ruleAccordingTo}}},
		{"according to a loose source", "The firm was registered in 2010, according to state corporate records.",
			[]want{{"indirect", "state corporate records", "The firm was registered in 2010", ruleAccordingTo}}},
		{"gerund after a quotation's attribution", `"We will win," Smith said on Monday, adding that the team was ready.`,
			[]want{{"direct", "Smith", "We will win,", ruleCueAfter}, {"indirect", "Smith", "the team was ready", ruleGerund}}},
		{"content then told with a hearer", "The tax plan is dead, Sen. Chuck Grassley (R-Iowa) told POLITICO.",
			[]want{{"indirect", "Chuck Grassley", "The tax plan is dead", ruleContentCue}}},
		{"content then a loose subject", "The deal will hold through the winter, two senior officials told reporters.",
			[]want{{"indirect", "two senior officials", "The deal will hold through the winter", ruleContentCue}}},
		{"another report ends the clause", "Most voters said Clinton is honest, and three-quarters said the same of Sanders.",
			[]want{{"indirect", "Most voters", "Clinton is honest", ruleSaidThat}, {"indirect", "three-quarters", "the same of Sanders", ruleSaidThat}}},
		{"a gerund report ends the clause", "Carson said he will visit Libya soon, insisting that the region needs a plan.",
			[]want{{"indirect", "Carson", "he will visit Libya soon", ruleSaidThat}, {"indirect", "Carson", "the region needs a plan", ruleGerund}}},
		{"indirect question", "Jones asked the senator whether the bill would pass.",
			[]want{{"indirect", "Jones", "whether the bill would pass", ruleSaidThat}}},
		{"indirect question of the passive", "Asked by a reporter whether the bill would pass, Smith shrugged.",
			[]want{{"indirect", "", "whether the bill would pass", ruleSaidThat}}},
		{"an adverbial is not what was said", "Frelick said in an interview after the announcement.", nil},
		{"an adverbial before the clause", "Frelick said in an interview the policy was too narrow.",
			[]want{{"indirect", "Frelick", "in an interview the policy was too narrow", ruleSaidThat}}},
		{"a time adverbial is not what was said", "Axelrod said just after midnight on CNN.", nil},
		{"an opening adverbial is not what was said", "In a press release, the committee said about its plans.", nil},
		{"a cue noun after a possessive", "Editor's note: the senator is a candidate for governor.", nil},
		{"a short piece before an inserted cue", "The museum, Mr. Obama said, would make visitors face hard truths.",
			[]want{{"indirect", "Mr. Obama", "The museum", ruleContentCue}, {"indirect", "Mr. Obama", "would make visitors face hard truths", ruleContentCue}}},
		{"relative pronoun stands for what was said", "Spending will fall to a level which Smith said would be the lowest ever.",
			[]want{{"indirect", "Smith", "which Smith said would be the lowest ever", ruleSaidThat}}},
		{"a quotation closing a sentence ends it", "Smith called the situation \u201coverclassification run amok.\u201d However, one source said the emails were routine.",
			[]want{{"mixed", "Smith", "the situation \u201coverclassification run amok.\u201d", ruleSaidThat + ruleMixedSuffix}, {"indirect", "one source", "the emails were routine", ruleSaidThat}}},
		{"a quotation after a colon stands on its own", "Smith said the town had changed: \u201cNothing is the same.\u201d",
			[]want{{"direct", "Smith", "Nothing is the same.", ruleCueBefore}}},
		{"another speaker's report ends the clause", `When Ryan said he would stop campaigning, Trump responded, "I would think that Ryan wouldn't be there."`,
			[]want{{"indirect", "Ryan", "he would stop campaigning", ruleSaidThat}, {"direct", "Trump", "I would think that Ryan wouldn't be there.", ruleCueBefore}}},
		{"according to between an adverbial and the clause", "About 10 p.m., according to a congressional timeline, the contractors left for the compound.",
			[]want{{"indirect", "a congressional timeline", "About 10 p.m.", ruleAccordingTo}, {"indirect", "a congressional timeline", "the contractors left for the compound", ruleAccordingTo}}},
		{"a pro-form stands for what was said", "Asked if he was bullied, the candidate said so.",
			[]want{{"indirect", "", "if he was bullied", ruleSaidThat}, {"indirect", "the candidate", "so", ruleSaidThat}}},
		{"contrast ends the clause", "Officials said the road would reopen on Monday, but residents were sceptical.",
			[]want{{"indirect", "Officials", "the road would reopen on Monday", ruleSaidThat}}},
		{"apposition names the nominal", "The coach, Peter Hall, told reporters the season would be long.",
			[]want{{"indirect", "Peter Hall", "the season would be long", ruleSaidThat}}},
		{"time adverbial before cue", "Trump on Friday said all the stories were false.",
			[]want{{"indirect", "Trump", "all the stories were false", ruleSaidThat}}},
		{"mixed quote", `Zhang Yesui said the relationship should not be a "zero sum game".`,
			[]want{{"mixed", "Zhang Yesui", `the relationship should not be a "zero sum game"`, ruleSaidThat + ruleMixedSuffix}}},
		{"after the quote a name with an apposition", `"This narrative is everywhere," Malkia Cyril, the executive director of the center, told reporters.`,
			[]want{{"direct", "Malkia Cyril", "This narrative is everywhere,", ruleCueAfter}}},
		{"surname links to full name", `Robert D. Hormats praised the forum. "It was good," Hormats said.`,
			[]want{{"direct", "Robert D. Hormats", "It was good,", ruleCueAfter}}},
		{"pronoun links to last person", `Mary Smith arrived late. "I was delayed," she said.`,
			[]want{{"direct", "Mary Smith", "I was delayed,", ruleCueAfter}}},
		{"split quote shares speaker", `"First," Smith said, "second."`,
			[]want{{"direct", "Smith", "First,", ruleCueAfter}, {"direct", "Smith", "second.", ruleCueBefore}}},
		{"two reports joined by 'and said'", `Graham said that Carson is a "good man," and said that Trump "melted down."`,
			[]want{{"mixed", "Graham", `Carson is a "good man,"`, ruleSaidThat + ruleMixedSuffix}, {"mixed", "Graham", `Trump "melted down."`, ruleSaidThat + ruleMixedSuffix}}},
		{"speech act quoting beside a stronger cue", `Graham called the plan "crazy" and said the party was lost.`,
			[]want{{"mixed", "Graham", `the plan "crazy"`, ruleSaidThat + ruleMixedSuffix}, {"indirect", "Graham", "the party was lost", ruleSaidThat}}},
		{"loose plural subject", "Nine in 10 registered voters say they want the party to unite.",
			[]want{{"indirect", "Nine in 10 registered voters", "they want the party to unite", ruleSaidThat}}},
		{"loose subject needs a clause", "Most of the senators spoke to the crowd for an hour.", nil},
		{"a quotation right after its cue is direct", "The new ad claims \u201cJeb is the conservative you can trust.\u201d",
			[]want{{"direct", "The new ad", "Jeb is the conservative you can trust.", ruleCueBefore}}},
		{"a fragment right after its cue is mixed", "Trump said \u201czero\u201d voters would follow Graham.",
			[]want{{"mixed", "Trump", "Trump said \u201czero\u201d voters would follow Graham", ruleCueBefore + ruleMixedSuffix}}},
		{"a short quotation beside a speech act is mixed", "The manager dismissed the whole kerfuffle as \u201cabsurd.\u201d",
			[]want{{"mixed", "The manager", "the whole kerfuffle as \u201cabsurd.\u201d", ruleSaidThat + ruleMixedSuffix}}},
		{"a credited headline is not a quote", `FAREWELL: "The Living Room to close at the end of December," by Times' Ben Sisario.`, nil},
		{"the excerpt after a credited headline is not a quote", `TRAFFIC: "Bridge repairs to start in May," by Courier's Ann Pell: "Work on the old river bridge will begin in May and last a year." http://example.com/b1.`, nil},
		{"narration leading into a quotation is reported with it", "Sooner or later, \u201cwe will have a consumption tax,\u201d Smith said.",
			[]want{{"mixed", "Smith", "Sooner or later, \u201cwe will have a consumption tax,\u201d", ruleCueAfter + ruleMixedSuffix}}},
		{"a verb before the comma introduces the quotation", "As the columnist puts it, \u201cwe will all pay for this.\u201d",
			[]want{{"direct", "", "we will all pay for this.", ruleUnattributed}}},
		{"two fragments of one clause make one mixed quote", "The party backed \u201ca tough line on crime\u201d and \u201ca strong military budget\u201d in the platform it announced.",
			[]want{{"mixed", "", "The party backed \u201ca tough line on crime\u201d and \u201ca strong military budget\u201d in the platform it announced", ruleUnattributed}}},
		{"a quotation opening a line is not mid-sentence", "Intro.\n\n\u201cThe plan is transparent.\u201d \u2015 Beck Pimentel\n\u201cHe has said hateful things again.\u201d \u2015 Carlos Ruiz",
			[]want{{"direct", "", "The plan is transparent.", ruleUnattributed}, {"direct", "", "He has said hateful things again.", ruleUnattributed}}},
		{"a quotation after a headline in capitals", "HOW CHINA'S DECLINE AFFECTS THE WORLD \u201cChina's slowdown is fostering a cycle of decline.\u201d",
			[]want{{"direct", "", "China's slowdown is fostering a cycle of decline.", ruleUnattributed}}},
		{"a quotation running on into narration is mixed", `Tyler said, "We have three weeks to go" until the Iowa caucuses.`,
			[]want{{"mixed", "Tyler", `"We have three weeks to go" until the Iowa caucuses`, ruleCueBefore + ruleMixedSuffix}}},
		{"a subheading in single marks is not a quote", "\"The coal plan is astonishing,\" said Mr. McGinley.\n\n'Coal Isn't the Villain.'\n\nIt was raining when the miners rode the elevator.",
			[]want{{"direct", "Mr. McGinley", "The coal plan is astonishing,", ruleCueAfter}}},
		{"scare quote dropped", `The so-called "deal" was dead.`, nil},
		{"the name of a show set off by commas is not a quote", "The network will bring back its old drama, \u201cHarbor Lights,\u201d next spring.", nil},
		{"a book named after its cue's adverbial is not a quote", "The mayor wrote about the flood in her 2019 memoir, \u201cHigh Water Days.\u201d", nil},
		{"the name of a show inside narration is not a quote", "Her husband watches \u201cThe Long Night,\u201d a cable drama, every Sunday.", nil},
		{"no speech", "The river rose all night.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ex.Extract(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				q := got[i]
				g := want{string(q.Kind), q.Speaker, tt.text[q.Start:q.End], q.Rule}
				if g != w {
					t.Errorf("quote %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// TestFictionRules runs the rules of the conversation model on short
// passages of fiction: the speaker found and the rule that linked it, for
// each quote in order.
func TestFictionRules(t *testing.T) {
	ex, err := New(Options{Register: RegisterFiction})
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ speaker, rule string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"a word opening a sentence before a known name is no part of it",
			"Marilla Cuthbert kept the farm. Marilla was stern. Therefore Marilla went out.\n\n\"I will go,\" said Marilla.",
			[]want{{"Marilla Cuthbert", ruleCueAfter}}},
		{"a chapter heading run into a name is no part of it",
			"Chapter VI Sherlock Holmes Gives a Demonstration\n\nHolmes gives the lamp to me.\n\n\"Come,\" said Holmes.",
			[]want{{"Sherlock Holmes", ruleCueAfter}}},
		{"commonest name form is canonical",
			"Elizabeth Bennet came in. Elizabeth sat down, and Elizabeth smiled.\n\n\"I am tired,\" said Elizabeth.",
			[]want{{"Elizabeth", ruleCueAfter}}},
		{"narrator named by the vocatives next to their turns",
			"\"Where are you going, Watson?\" asked Holmes.\n\n\"Out,\" I said.\n\n\"Take care, Watson,\" said Holmes.\n\n\"I will,\" I said.",
			[]want{{"Holmes", ruleCueAfter}, {"Watson", ruleCueAfter}, {"Holmes", ruleCueAfter}, {"Watson", ruleCueAfter}}},
		{"narrator named by a given name addressed at a turn's start, next to their turn",
			"\"It is late, Ralph,\" said Tom.\n\n\"It is,\" I said.\n\nTom rose.\n\n\"Ralph,\" he said, \"have you any tobacco?\"\n\n\"I have,\" I replied.",
			[]want{{"Tom", ruleCueAfter}, {"Ralph", ruleCueAfter}, {"Tom", ruleCueAfter}, {"Tom", ruleCueBefore}, {"Ralph", ruleCueAfter}}},
		{"an interjection is no vocative",
			"\"Ah, you are back?\" asked Holmes.\n\n\"Yes,\" I said.\n\n\"Ah, good,\" said Holmes. Ah! He was pleased.\n\n\"Indeed,\" I said.",
			[]want{{"Holmes", ruleCueAfter}, {"I", ruleCueAfter}, {"Holmes", ruleCueAfter}, {"I", ruleCueAfter}}},
		{"Master before a given name and a surname is no part of the name",
			"My friend, Master Hugh Tarrant, came up the bank.\n\n\"Good day,\" said he.",
			[]want{{"Hugh Tarrant", ruleCueAfter}}},
		{"a name trimmed at a sentence's start does not count as a form of the name",
			"Irish looked at Big Medicine, a big man.\n\n\u201cHaw!\u201d Big Medicine roared.\n\n\u201cSure!\u201d Big Medicine roared again.",
			[]want{{"Big Medicine", ruleCueAfter}, {"Big Medicine", ruleCueAfter}}},
		{"a name opening a quotation is addressed only when a comma follows it",
			"Harry Lane had gone. Mary Smith sat by the fire with Tom Jones.\n\n\"It is cold,\" said Tom.\n\n\"Harry! I wish he were here,\" said Mary.\n\n\"I do not.\"",
			[]want{{"Tom", ruleCueAfter}, {"Mary", ruleCueAfter}, {"Tom", ruleTurnTaking}}},
		{"a he or she is not the one the quotation addresses",
			"Harry Lane came in. Tom Jones rose and shook hands.\n\n\"Have a cigar, Tom,\" he said.",
			[]want{{"Harry Lane", ruleCueAfter}}},
		{"the subject after a connective opening the sentence speaks a cue after and",
			"Mary Smith went to the door. No one was there. So she lifted up her voice and shouted:\n\n\"Where are you?\"",
			[]want{{"Mary Smith", ruleCueBefore}}},
		{"a paragraph of narration ending in a cue and a comma introduces the next paragraph's quotation",
			"Tom Jones and Jane Fairfax sat by the fire.\n\n\"It is late,\" said Tom.\n\nThe smile was returned as Jane answered,\n\n\"It is not so very late.\"",
			[]want{{"Tom", ruleCueAfter}, {"Jane Fairfax", ruleCueBefore}}},
		{"a word the text writes capitalised inside sentences and never in lower case is a name opening one",
			"I looked at Poirot and at John Cavendish. I sat down by Poirot.\n\n\"But how did he prove his alibi?\" I asked.\n\nPoirot stared at me in surprise.\n\n\"Is it possible? My poor friend!\"",
			[]want{{"I", ruleCueAfter}, {"Poirot", ruleNarrative}}},
		{"the name a relative clause follows speaks its cue, past a parenthesis",
			"Mary Smith and Jane Fairfax were upstairs. Jane heard footsteps. She expected Tom, but it was Mary, who, hot and out of breath, cried out on seeing her, \"Where are the others?\"",
			[]want{{"Mary Smith", ruleCueBefore}}},
		{"a cue drawn out by its manner up to a colon introduces the quotation",
			"Mary Smith looked round. She looked perplexed, and then said, not fiercely, but still loud enough for the furniture to hear:\n\n\"Well, I never.\"",
			[]want{{"Mary Smith", ruleCueBefore}}},
		{"a gendered description names the last character of its gender",
			"Mary Smith came in with Tom Jones.\n\n\"Good evening,\" said the lady.",
			[]want{{"Mary Smith", ruleCueAfter}}},
		{"a description already talking keeps its own speaker",
			"Dick Hunter sat on the kerb.\n\n\"How much?\" asked a gentleman.\n\n\"Ten cents,\" said Dick.\n\n\"Too much,\" said the gentleman.",
			[]want{{"a gentleman", ruleCueAfter}, {"Dick", ruleCueAfter}, {"the gentleman", ruleCueAfter}}},
		{"a surname takes the gender of the pronouns after it",
			"Mr. Brown left the room, and Holmes rose. He took his hat. Then Holmes smiled, and he laughed.\n\n\"Come,\" he said.",
			[]want{{"Holmes", ruleCueAfter}}},
		{"a character known by a title keeps its article",
			"Alice looked at the Invisible Man. The man said nothing, and the Invisible Man rose.\n\n\"Go,\" said the Invisible Man.",
			[]want{{"The Invisible Man", ruleCueAfter}}},
		{"a pronoun refers to a person named earlier in its paragraph",
			"\"Hello,\" said Tom.\n\n\"Hi,\" said Mary.\n\nJohn Smith came in. \"Where is it?\" he said.",
			[]want{{"Tom", ruleCueAfter}, {"Mary", ruleCueAfter}, {"John Smith", ruleCueAfter}}},
		{"a turn that addresses someone answers them, with the right honorific",
			"Mr. Bennet came in with Mrs. Bennet. Then Mrs. Bennet sat, and Mr. Bennet stood.\n\n\"It is late.\"\n\n\"Impossible, Mr. Bennet, it is not,\" she said.",
			[]want{{"Mr. Bennet", ruleAddressee}, {"Mrs. Bennet", ruleCueAfter}}},
		{"no one addresses themself",
			"Helen Schlegel and Margaret sat down, and Helen smiled at Margaret.\n\n\"It is late,\" said Margaret.\n\nHelen nodded.\n\n\"I know, Helen. We must go.\"",
			[]want{{"Margaret", ruleCueAfter}, {"", ruleUnattributed}}},
		{"a he or she refers to a named character before a description",
			"Archer Newland came home. He noticed that his wife was pale.\n\n\"Go to bed,\" she said.\n\nThen Mary Jones came in. She sat down by his sister.\n\n\"Hello,\" she said.",
			[]want{{"his wife", ruleCueAfter}, {"Mary Jones", ruleCueAfter}}},
		{"a mother is not her daughter",
			"Mrs. Price came in. Fanny Price followed her.\n\n\"Hello,\" said Mrs. Price.",
			[]want{{"Mrs. Price", ruleCueAfter}}},
		{"a run of named turns overrules the narration",
			"\"Where were you?\" said Tom.\n\n\"Out,\" said Mary.\n\nMary looked at him. \"You are late.\"\n\n\"So are you,\" said Mary.\n\n\"Never,\" said Tom.",
			[]want{{"Tom", ruleCueAfter}, {"Mary", ruleCueAfter}, {"Tom", ruleTurnTaking}, {"Mary", ruleCueAfter}, {"Tom", ruleCueAfter}}},
		{"the last speaker goes on after a narration",
			"\"Where were you?\" asked Tom.\n\nThe clock struck nine.\n\n\"Answer me.\"",
			[]want{{"Tom", ruleCueAfter}, {"Tom", ruleResumes}}},
		{"a he or she prefers a subject to a nearer object",
			"Tom Brown sat by the fire, and looked at Mr. Smith.\n\n\"Enough,\" he said.",
			[]want{{"Tom Brown", ruleCueAfter}}},
		{"a past tense after a quotation attributes it",
			"Mary Smith came in.\n\n\"It is late,\" Mary conjectured.\n\n\"Not yet,\" intimated Tom Brown.",
			[]want{{"Mary Smith", ruleCueAfter}, {"Tom Brown", ruleCueAfter}}},
		{"the narration's subject after an opening adverb",
			"Mary Smith went out.\n\nPresently she came back. \"It is late.\"",
			[]want{{"Mary Smith", ruleNarrative}}},
		{"a he or she in reply is the one addressed",
			"Lilia Herriton sat with Philip and Miss Abbott. Then Lilia smiled, and she wept. Then Lilia sighed, and she laughed.\n\n\"Go away,\" said Miss Abbott.\n\n\"My dear Lilia, stay,\" said Philip.\n\n\"Why?\" she asked.",
			[]want{{"Miss Abbott", ruleCueAfter}, {"Philip", ruleCueAfter}, {"Lilia", ruleCueAfter}}},
		{"the narration's subject nearest the quotation",
			"The rain fell.\n\nTom Brown came in. Mary Smith looked up. \"Hello.\"",
			[]want{{"Mary Smith", ruleNarrative}}},
		{"the one spoken to answers",
			"Mary Smith sat down. Then Mary smiled, and Mary wept.\n\n\"Sit,\" said Tom to Mary Smith.\n\n\"No.\"",
			[]want{{"Tom", ruleCueAfter}, {"Mary Smith", ruleAddressee}}},
		{"a description by kinship names the family's honorific",
			"Mrs. Bennet came in. Mr. Bennet sat down.\n\nMr. Bennet made no answer.\n\n\"Do you not want to know?\" cried his wife.\n\n\"No,\" said Elizabeth Bennet.\n\n\"Go to bed,\" said her father.",
			[]want{{"Mrs. Bennet", ruleCueAfter}, {"Elizabeth Bennet", ruleCueAfter}, {"Mr. Bennet", ruleCueAfter}}},
		{"a description by kinship of someone known by a given name names the honorific nearby",
			"Mrs. Smith sat down by the fire.\n\nElizabeth came in, and Elizabeth smiled.\n\n\"Go to bed,\" said her mother.",
			[]want{{"Mrs. Smith", ruleCueAfter}}},
		{"a he or she after a description of a person opening the sentence before",
			"Oliver Twist lay still.\n\nThe surgeon leaned over the body. \"The old story,\" he said.",
			[]want{{"The surgeon", ruleCueAfter}}},
		{"who keeps silent in the narration before a turn does not speak it",
			"\"Where were you?\" said Tom.\n\n\"Out,\" said Mary.\n\n\"Where?\" said Tom.\n\nMary was silent.\n\n\"Answer me.\"",
			[]want{{"Tom", ruleCueAfter}, {"Mary", ruleCueAfter}, {"Tom", ruleCueAfter}, {"Tom", ruleResumes}}},
		{"a turn addressing the other party is not theirs",
			"\"Is it late?\" said Fanny.\n\n\"It is,\" said Edmund.\n\n\"My dear Fanny, go to bed.\"",
			[]want{{"Fanny", ruleCueAfter}, {"Edmund", ruleCueAfter}, {"", ruleUnattributed}}},
		{"the narration's subject after an opening prepositional phrase",
			"\"I will show you out, sir,\" said the nurse.\n\nThey walked downstairs. In the hall the doctor stopped.\n\n\"Is he asleep?\"",
			[]want{{"the nurse", ruleCueAfter}, {"the doctor", ruleNarrative}}},
		{"a voice is its owner's",
			"Mary Smith came in.\n\n\"Hello,\" said her voice.\n\n\"Who is there?\" asked a girl's voice.",
			[]want{{"Mary Smith", ruleCueAfter}, {"a girl", ruleCueAfter}}},
		{"a description opening a sentence is someone a he can refer to",
			"Mary Smith sat down.\n\nThe man looked at the fire.\n\n\"It is late,\" he said.",
			[]want{{"The man", ruleCueAfter}}},
		{"a clergyman is a he",
			"Mary Smith sat down, and the vicar looked at the fire.\n\n\"It is late,\" he said.",
			[]want{{"the vicar", ruleCueAfter}}},
		{"a full name addressed is not the Miss of its family",
			"Tom Gradgrind and Miss Gradgrind sat down.\n\n\"Is it late, Tom Gradgrind?\" asked Miss Gradgrind.\n\n\"It is.\"",
			[]want{{"Miss Gradgrind", ruleCueAfter}, {"Tom Gradgrind", ruleAddressee}}},
		{"a bare surname addressed is the man of the family",
			"Mr. Bennet came in with Mrs. Bennet. Then Mr. Bennet sat, and Mrs. Bennet stood.\n\n\"Is it late, Bennet?\" asked Mr. Collins.\n\n\"It is.\"",
			[]want{{"Mr. Collins", ruleCueAfter}, {"Mr. Bennet", ruleAddressee}}},
		{"a rank alone names a character, with its article",
			"Alice looked at the cook.\n\n\"It's a Cheshire cat,\" said the Duchess.",
			[]want{{"The Duchess", ruleCueAfter}}},
		{"a rank names the one who holds it",
			"Count Orloff bowed to Mary Smith.\n\n\"Welcome,\" said the count.",
			[]want{{"Count Orloff", ruleCueAfter}}},
		{"a description answering a turn is not its speaker",
			"Rose Maylie sat with Nancy Sikes.\n\n\"Sit,\" said Rose.\n\n\"No,\" replied the girl.",
			[]want{{"Rose", ruleCueAfter}, {"the girl", ruleCueAfter}}},
		{"a he or she in the narration of a reply is resolved as in a cue",
			"Lilia Herriton sat with Philip and Miss Abbott. Then Lilia smiled, and she wept. Then Lilia sighed, and she laughed.\n\n\"Go away,\" said Miss Abbott.\n\n\"My dear Lilia, stay,\" said Philip.\n\nShe looked up. \"Why?\"",
			[]want{{"Miss Abbott", ruleCueAfter}, {"Philip", ruleCueAfter}, {"Lilia", ruleNarrative}}},
		{"a description in the narration names a character",
			"Mary Smith sat down.\n\nThe old lady looked up. \"It is late.\"",
			[]want{{"Mary Smith", ruleNarrative}}},
		{"a title never given without its article is no he",
			"The rain fell, and the Red Indians came over the hill.\n\n\"Run,\" he said.",
			[]want{{"", ruleCueAfter}}},
		{"a cue ending the paragraph before with a dash",
			"Eliza Reed put her head in at the door, and said at once--\n\n\"She is in the window-seat.\"",
			[]want{{"Eliza Reed", ruleCueBefore}}},
		{"an honorific with a given name is the same person",
			"Elizabeth Bennet came in. Then Elizabeth sat down, Elizabeth smiled, and Elizabeth wept.\n\n\"Yes,\" said Miss Elizabeth.",
			[]want{{"Elizabeth", ruleCueAfter}}},
		{"alternation runs back from the named turns",
			"The rain fell.\n\n\"Where were you?\"\n\n\"Out.\"\n\n\"Where?\" asked Tom.\n\n\"In town,\" said Mary.\n\n\"Why?\"",
			[]want{{"Tom", ruleTurnTaking}, {"Mary", ruleTurnTaking}, {"Tom", ruleCueAfter}, {"Mary", ruleCueAfter}, {"Tom", ruleTurnTaking}}},
		{"a narrator called by a given name and by a surname with an honorific is named by both",
			"\"Come in, Ned,\" said Tom.\n\n\"Thanks,\" I said.\n\n\"Good night, Mr. Carver,\" said Mary.\n\n\"Good night,\" I said.\n\n\"Sit down, Ned,\" said Tom.\n\n\"I will,\" I said.\n\n\"You look tired, Mr. Carver,\" said Mary.\n\n\"I am,\" I said.",
			[]want{{"Tom", ruleCueAfter}, {"Ned Carver", ruleCueAfter}, {"Mary", ruleCueAfter}, {"Ned Carver", ruleCueAfter}, {"Tom", ruleCueAfter}, {"Ned Carver", ruleCueAfter}, {"Mary", ruleCueAfter}, {"Ned Carver", ruleCueAfter}}},
		{"a description answering a named turn is the other party",
			"\"Good evening,\" said Mr. Hale.\n\n\"It is late,\" said Tom.\n\n\"Not so very late,\" replied the doctor.",
			[]want{{"Mr. Hale", ruleCueAfter}, {"Tom", ruleCueAfter}, {"Mr. Hale", ruleCueAfter}}},
		{"a kinship answering a named turn is the other party",
			"\"Where are you going?\" asked Mary Price.\n\n\"Out,\" said Tom.\n\n\"Then take your coat,\" said his mother.",
			[]want{{"Mary Price", ruleCueAfter}, {"Tom", ruleCueAfter}, {"Mary Price", ruleCueAfter}}},
		{"a description just brought in with a is a new person",
			"\"Good evening,\" said Mr. Hale.\n\n\"It is late,\" said Tom. A doctor came in.\n\n\"Not so very late,\" replied the doctor.",
			[]want{{"Mr. Hale", ruleCueAfter}, {"Tom", ruleCueAfter}, {"the doctor", ruleCueAfter}}},
		{"a description answering a turn that addressed someone by name is the one addressed",
			"Mrs. Hale came in. Mrs. Smith sat by the fire.\n\n\"You look tired, Mrs. Hale,\" said Tom.\n\n\"I am,\" replied the old lady.",
			[]want{{"Tom", ruleCueAfter}, {"Mrs. Hale", ruleCueAfter}}},
		{"a description shown to stand for a named character goes on naming them",
			"\"Good evening,\" said Mr. Hale.\n\n\"It is late,\" said Tom.\n\n\"Not so very late,\" replied the doctor.\n\nTom rose and went to the window.\n\n\"Rain,\" said the doctor.",
			[]want{{"Mr. Hale", ruleCueAfter}, {"Tom", ruleCueAfter}, {"Mr. Hale", ruleCueAfter}, {"Mr. Hale", ruleCueAfter}}},
		{"a bare title names the man who holds it, not the woman called Madame by it",
			"The General came in. He sat down. The General smiled, and he laughed.\n\nMadame General came in after him. She sat by the fire.\n\n\"Good evening,\" said Madame General.\n\n\"It is late,\" said the General.\n\nHe rose. \"Too late,\" he said.",
			[]want{{"Madame General", ruleCueAfter}, {"The General", ruleCueAfter}, {"The General", ruleCueAfter}}},
		{"a full name with an honorific is the given name already known, not the surname's elder",
			"The rain fell, and George stood at the window. He was tired. Mr. Emerson sat by the fire, and he smiled.\n\n\"Come here,\" said Mr. Emerson.\n\n\"No,\" said Mr. George Emerson.\n\n\"Why not?\" said Mr. Emerson.\n\n\"I am tired,\" said George.",
			[]want{{"Mr. Emerson", ruleCueAfter}, {"Mr. George Emerson", ruleCueAfter}, {"Mr. Emerson", ruleCueAfter}, {"Mr. George Emerson", ruleCueAfter}}},
		{"the pronouns after an honorific name do not make Miss a he",
			"Mr. Hale sat with Miss Bartlett in the hall. Miss Bartlett looked at the fire. He smiled. Miss Bartlett looked at the door. He laughed.\n\n\"It is late,\" he said.",
			[]want{{"Mr. Hale", ruleCueAfter}}},
		{"a place after the run into a character's name is no part of it",
			"Mary Smith came in. Then Mary sat down, and Mary smiled.\n\nIn the Grange Mary worked hard. She was tired.\n\n\"It is late,\" said Mary.",
			[]want{{"Mary", ruleCueAfter}}},
		{"a title always written after the keeps all its words",
			"The Owl flew past. The Owl stopped, and the Owl looked down.\n\nThen the Grey Owl came in, and the Grey Owl sat down. He was tired.\n\n\"I am late,\" said the Grey Owl.",
			[]want{{"The Grey Owl", ruleCueAfter}}},
		{"the one addressed answers",
			"Mary Smith came in. Then Mary sat down, and Mary smiled.\n\n\"Is it late, Mary?\" asked Tom.\n\n\"It is.\"",
			[]want{{"Tom", ruleCueAfter}, {"Mary", ruleAddressee}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ex.Extract(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				if g := (want{got[i].Speaker, got[i].Rule}); g != w {
					t.Errorf("quote %d %q = %+v, want %+v", i, tt.text[got[i].Start:got[i].End], g, w)
				}
			}
		})
	}
}
