package extract

import (
	"strings"
	"testing"
)

// TestGuessRegister checks the register guessed for texts of each kind,
// written for the test.
func TestGuessRegister(t *testing.T) {
	// An article whose narration is all reportage but whose quotations
	// speak in the first person, as interviews do.
	interview := strings.Repeat(`The candidate spoke to about 300 voters at a town hall on Tuesday. `+
		`"I grew up here, and my father worked here. I know what my neighbours need, and I told my team that I would fight for them," she said. `+
		`"My mother taught me that I owe my town my best. I am proud of my record, and I will run on it." `, 4)
	firstPerson := strings.Repeat(`I walked down to the river that morning, as I had done every day since my father died. `+
		`The water was grey and slow. I sat on my old bench and watched it, and I thought of him, and of what he had told me. `+
		`"You will come back here," he had said to me once. I had not believed him. `, 4)
	thirdPerson := strings.Repeat(`She opened the door and looked out at the garden. He was standing by the gate, his hat in his hand. `+
		`"You are late," she said. He smiled at her and said nothing, and she turned away from him. `+
		`Her sister called from the kitchen, and she went in without a word to him. `, 4)
	report := strings.Repeat(`The council voted on Tuesday to raise the budget by 4 percent, officials said. `+
		`The measure passed 7 to 2 after a campaign by residents, according to a statement from the mayor's office. `+
		`"This is a good day for the city," a spokesman said. `, 4)
	// A novel opening on dated letters, whose weekdays count as news,
	// under a chapter heading.
	letters := "CHAPTER I\n\n" + strings.Repeat(`Lowmoor, Monday.\n\nDear Ada,\n\nWe came on Sunday and shall stay till Friday or Saturday. `+
		`Uncle Bram met us on Tuesday at the station; the house is cold and the rooms are large. `+
		`Write to me by Thursday, and tell Wilf we miss him. "Not a day longer," Uncle says. Your loving Nell.\n\n`, 4)
	tests := []struct {
		name string
		text string
		want Register
	}{
		{"a news report", report, RegisterNews},
		{"an interview quoting the first person", interview, RegisterNews},
		{"a first-person narrative", firstPerson, RegisterFiction},
		{"a third-person narrative", thirdPerson, RegisterFiction},
		{"letters under a chapter heading", letters, RegisterFiction},
		{"a report on a bankruptcy under Chapter 11", report + "\n\nChapter 11, the company said, lets it keep trading.", RegisterNews},
		{"a chapter heading with its title", "CHAPTER IV. THE RETURN OF THE KING\n\n" + thirdPerson, RegisterFiction},
		{"a snippet is news", `"You are late," she said. He smiled at her.`, RegisterNews},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, defaultCues, nil, RegisterAuto, nil)
			if d.register != tt.want {
				t.Errorf("register %d, want %d", d.register, tt.want)
			}
		})
	}
}

// TestRegisterWord checks that the table behind registerWord finds every
// word it files, and no other.
func TestRegisterWord(t *testing.T) {
	for kind, list := range map[genreWord]string{genreNews: registerNews, genrePronoun: registerPronouns} {
		for _, w := range strings.Fields(list) {
			if got := registerWord(w); got != kind {
				t.Errorf("registerWord(%q) = %d, want %d", w, got, kind)
			}
		}
	}
	for _, w := range []string{"", "the", "said", "hers", "mondays", "s", "é", "spokeswomen", "governments"} {
		if got := registerWord(w); got != genreNone {
			t.Errorf("registerWord(%q) = %d, want none", w, got)
		}
	}
}
