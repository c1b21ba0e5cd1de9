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
		{"contrast ends the clause", "Officials said the road would reopen on Monday, but residents were sceptical.",
			[]want{{"indirect", "Officials", "the road would reopen on Monday", ruleSaidThat}}},
		{"apposition names the nominal", "The coach, Peter Hall, told reporters the season would be long.",
			[]want{{"indirect", "Peter Hall", "the season would be long", ruleSaidThat}}},
		{"time adverbial before cue", "Trump on Friday said all the stories were false.",
			[]want{{"indirect", "Trump", "all the stories were false", ruleSaidThat}}},
		{"mixed quote", `Zhang Yesui said the relationship should not be a "zero sum game".`,
			[]want{{"mixed", "Zhang Yesui", `the relationship should not be a "zero sum game"`, ruleSaidThat + ruleMixedSuffix}}},
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
		{"scare quote dropped", `The so-called "deal" was dead.`, nil},
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
		{"commonest name form is canonical",
			"Elizabeth Bennet came in. Elizabeth sat down, and Elizabeth smiled.\n\n\"I am tired,\" said Elizabeth.",
			[]want{{"Elizabeth", ruleCueAfter}}},
		{"narrator named by the vocatives next to their turns",
			"\"Where are you going, Watson?\" asked Holmes.\n\n\"Out,\" I said.\n\n\"Take care, Watson,\" said Holmes.\n\n\"I will,\" I said.",
			[]want{{"Holmes", ruleCueAfter}, {"Watson", ruleCueAfter}, {"Holmes", ruleCueAfter}, {"Watson", ruleCueAfter}}},
		{"an interjection is no vocative",
			"\"Ah, you are back?\" asked Holmes.\n\n\"Yes,\" I said.\n\n\"Ah, good,\" said Holmes. Ah! He was pleased.\n\n\"Indeed,\" I said.",
			[]want{{"Holmes", ruleCueAfter}, {"I", ruleCueAfter}, {"Holmes", ruleCueAfter}, {"I", ruleCueAfter}}},
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
