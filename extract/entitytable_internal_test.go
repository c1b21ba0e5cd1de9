package extract

import "testing"

// TestIndexListsAnEntityOnce re-indexes an entity whose name grew after
// another entity sharing one of its words was filed: each word must list
// it once, or a rule asking for the one man of a surname (onlyMan) sees
// him twice and finds no one.
func TestIndexListsAnEntityOnce(t *testing.T) {
	var tb entityTable
	reed := tb.register(&entity{canonical: "Reed", tokens: []string{"reed"}, gender: genderMale})
	tb.register(&entity{canonical: "Ada Reed", tokens: []string{"ada", "reed"}, gender: genderFemale})
	reed.canonical, reed.tokens = "Tom Reed", []string{"tom", "reed"}
	tb.index(reed, 0)
	tb.index(reed, 0)
	if got := tb.byWord["reed"]; len(got) != 2 {
		t.Fatalf(`byWord["reed"] = %v, want each entity once`, got)
	}
	if got := tb.onlyMan("reed"); got != reed {
		t.Fatalf("onlyMan(reed) = %v, want Tom Reed", got)
	}
}
