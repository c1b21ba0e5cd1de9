package extract

import "strings"

// trust is how often a rule's speaker is right, by how the attribution
// names the speaker: a name after "said" is almost always the speaker, a
// he or she must still be resolved, and a description ("the old man") more
// so. Rules that name no mention (turn-taking) use name.
type trust struct{ name, pronoun, description float64 }

// of returns the trust for a quote whose speaker mention is m.
func (t trust) of(m *mention) float64 {
	if m == nil {
		return t.name
	}
	switch m.Kind {
	case mentionPronoun:
		return t.pronoun
	case mentionNominal:
		return t.description
	}
	return t.name
}

// same is a trust that does not depend on the mention.
func same(p float64) trust { return trust{p, p, p} }

// fictionTrust is measured on the fiction development sets (PDNC and
// LitBank, the mean of the two corpora's speaker accuracy, so that twenty
// whole novels do not drown seventy openings of others; PDNC's alone where
// LitBank has fewer than 30 such quotes, too few to weigh as much), rounded
// to 0.05.
// A pronoun or a description in fiction is far less sure than in news:
// dialogue scenes hold several people of one gender.
var fictionTrust = map[string]trust{
	ruleCueAfter:     {0.95, 0.8, 0.8},
	ruleCueBefore:    {0.95, 0.8, 0.6},
	ruleSamePara:     {0.95, 0.8, 0.75},
	ruleNarrative:    {0.75, 0.65, 0.4},
	ruleTurnTaking:   same(0.8),
	ruleAddressee:    same(0.85),
	ruleContinues:    same(0.55),
	ruleResumes:      same(0.6),
	rulePrevSpeaker:  same(0.5),
	ruleOtherParty:   same(0.55),
	ruleNextSpeaker:  same(0.35),
	ruleUnattributed: same(0),
}

// newsTrust is measured on PolNeAR, whose gold names the speaker by the
// mention as written: the figures are how often the mention is right. A
// pronoun or description must also be resolved to the person, which news
// gold does not judge beyond the worked example, so those are set 0.1
// below the mention's accuracy.
var newsTrust = map[string]trust{
	ruleCueAfter:    {0.95, 0.9, 0.9},
	ruleCueBefore:   {0.95, 0.9, 0.9},
	ruleSamePara:    {0.9, 0.85, 0.8},
	ruleNarrative:   {0.7, 0.7, 0.55},
	ruleTurnTaking:  same(0.55),
	ruleAddressee:   same(0.55),
	ruleContinues:   same(0.85),
	ruleResumes:     same(0.45),
	rulePrevSpeaker: same(0.55),
	// News reads no dialogue runs, which alone give these rules: the
	// fiction figures stand.
	ruleOtherParty:   same(0.55),
	ruleNextSpeaker:  same(0.35),
	ruleUnattributed: same(0),
	ruleSaidThat:     {0.95, 0.9, 0.85},
	ruleContentCue:   {0.95, 0.9, 0.9},
	ruleAccordingTo:  {0.95, 0.9, 0.85},
	ruleGerund:       {0.85, 0.8, 0.8},
	rulePassive:      {0.85, 0.8, 0.8},
	ruleLabelled:     same(0.9),
	ruleCredited:     same(0.95),
	ruleFragment:     same(0.5),
}

// confidence is how likely f's speaker is right, in [0, 1]: the trust of
// its rule in d's register, by how the speaker is named.
func (d *doc) confidence(f *found) float64 {
	if f.speaker == nil {
		return 0
	}
	table := newsTrust
	if d.register == RegisterFiction {
		table = fictionTrust
	}
	t, ok := table[strings.TrimSuffix(f.Rule, ruleMixedSuffix)]
	if !ok {
		t = newsTrust[strings.TrimSuffix(f.Rule, ruleMixedSuffix)]
	}
	return t.of(f.Mention)
}
