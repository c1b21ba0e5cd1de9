package extract

import "strings"

// Common English given names by the gender they usually mark, so that "she
// said" can skip "Arthur" and find "Helen". A general lexicon of names in
// use across two centuries of English text, not a list from any corpus;
// the later lines add the commonest given names of the twentieth century
// (the English-speaking countries' birth registers' top hundred or so,
// without those that are as often a man's as a woman's, a rank or a place:
// Lee, Leslie, Earl, Chester), for the novels of that century.
var femaleNames = setOf(`abigail ada adela adelaide agatha agnes alice alicia amanda amelia amy
ana anastasia andrea angela ann anna anne annie antonia arabella augusta barbara beatrice bella
bertha bessie betsy betty beth beverly blanche bridget camilla caroline carrie catherine cecilia
cecily celia charlotte christina christine clara clarissa claudia constance cora cynthia daisy
deborah delia diana dinah dolly dora dorothea dorothy edith edna eleanor elinor eliza elizabeth
ella ellen elsie emily emma esther ethel eugenia eunice eva eve evelyn fanny felicity flora
florence frances georgiana georgina gertrude grace gwendolen hannah harriet hattie hazel heather
helen helena henrietta hester hetty hilda honoria ida irene isabel isabella jane janet jean
jennie jenny jessica jessie joan josephine judith julia juliet june kate katherine kathleen
katie kitty laura lavinia leah lena letitia lilian lillian lily linda lizzie lois lottie louisa
louise lucia lucinda lucy lydia mabel madeleine madeline maggie margaret margery maria marian
marianne marie marilla marion martha mary matilda maud maude may meg mercy mildred millicent
minnie miriam molly nancy nell nellie nora norah olive olivia pamela patience patricia pauline
peggy penelope phoebe polly priscilla prudence rachel rebecca regina rhoda rosa rosalind rose rosie
ruth sally sarah selina sophia sophie stella susan susanna susannah sybil sylvia teresa tess
theresa ursula veronica victoria violet virginia winifred
gladys pearl myrtle thelma ruby viola lillie lucille mattie alma mae doris bernice mamie
marjorie vera velma shirley joyce carol sandra sharon donna carolyn marilyn phyllis norma
dolores lorraine geraldine wanda audrey juanita maxine loretta rita rosemary elaine gloria
diane janice brenda judy bonnie connie kathy karen cheryl sheila gail wilma muriel mavis beryl
daphne enid ivy maureen valerie wendy yvonne fannie sadie nettie`)

var maleNames = setOf(`aaron abraham adam adrian albert alexander alfred allan alan andrew
angus anthony archibald archie arthur augustus barnaby bartholomew ben benjamin bernard bert
bill billy bob brian cecil charles charley charlie christopher clarence claude clement colin
cyril daniel david dennis dick donald douglas duncan edgar edmund edward edwin ernest eugene
felix francis frank fred frederick geoffrey george gerald gilbert godfrey gregory guy harold
harry henry herbert horace howard hubert hugh humphrey isaac jack jacob james jasper jeremiah
jerry jim jimmy joe john jonathan joseph joshua julian julius kenneth lawrence leonard lewis
louis lucas luke malcolm mark martin matthew maurice max michael nathan nathaniel ned neville
nicholas noah oliver oscar patrick paul percy peter philip phillip ralph raymond reginald
richard robert roger ronald rupert samuel sam sebastian silas simon stephen steven theodore
thomas tim timothy toby tom tony victor vincent walter warren wilfred will william willie
roy carl elmer leo herman floyd jesse russell clyde lloyd lester leroy stanley vernon marvin
gordon ray eddie wayne melvin allen bobby larry johnny tommy gary bruce keith wallace alvin
leon glenn morris harvey willard dan danny ted teddy eric alec basil nigel derek trevor ian
neil graham kevin stuart sidney`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// nameGender guesses a person's gender from the given name that opens it.
func nameGender(toks []string) gender {
	if len(toks) == 0 {
		return genderUnknown
	}
	return givenNames[toks[0]]
}

// givenNames is the gender nameGender gives each name of femaleNames and
// maleNames, the female one for a name in both: one look-up, not two.
var givenNames = func() map[string]gender {
	m := map[string]gender{}
	for w := range maleNames {
		m[w] = genderMale
	}
	for w := range femaleNames {
		m[w] = genderFemale
	}
	return m
}()

// peoples are the words for a nation, a language or a faith, "English",
// "Russian", "Hindus": capitalised like names, but what they name is no one
// a he or she refers back to ("asked in Russian", "an English accent"). A
// general lexicon, not a list from any corpus.
var peoples = setOf(`english french german italian spanish russian american indian irish
scotch scottish welsh dutch greek chinese japanese turkish swiss swedish danish norwegian
polish portuguese austrian hungarian belgian egyptian african european asian arab arabic
persian latin hebrew hindu hindus moslem moslems muslim muslims mohammedan catholic catholics
protestant protestants americans indians italians russians germans europeans africans asians
greeks arabs persians egyptians austrians hungarians belgians canadian canadians mexican
mexicans brazilian brazilians yankee yankees anglo-indian anglo-indians christian christians`)

// usStates are the states of the United States, the regions news most
// often names as it names people. A general lexicon, not a list from any
// corpus.
var usStates = func() map[string]bool {
	m := setOf(`alabama alaska arizona arkansas california colorado connecticut
delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
wyoming`)
	for _, s := range []string{"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
		"north dakota", "rhode island", "south carolina", "south dakota", "west virginia"} {
		m[s] = true
	}
	return m
}()

// countries are the names of countries, parts of the world and great
// cities, which a novel names as it names people, often as the subject of
// a sentence ("Spain had changed her"), and which no he or she
// refers to.
// A general lexicon, not a list from any corpus.
var countries = setOf(`england britain scotland wales ireland france italy germany spain
portugal russia america india china japan egypt greece turkey austria hungary prussia
holland belgium switzerland sweden norway denmark poland persia arabia africa europe asia
australia canada mexico brazil siberia bohemia bavaria sicily london rome venice vienna berlin
moscow madrid naples milan calcutta bombay delhi edinburgh dublin`)
