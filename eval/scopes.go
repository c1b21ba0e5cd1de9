package eval

import (
	"bytes"
	"encoding/json"
	"slices"

	"github.com/saidwho/saidwho/corpus"
)

// Scope groups: what a set of figures is computed over.
const (
	GroupOverall = "overall" // every quote
	GroupKind    = "kind"    // the gold quotes and predictions of one kind
	GroupSource  = "source"  // the documents of one corpus (the gold "source" field)
	GroupField   = "field"   // the gold quotes carrying one value of a categorical field
)

// Scope names a set of quotes that figures are computed over.
type Scope struct {
	Group string `json:"group"`
	// Field is the gold quote key of a GroupField scope.
	Field string `json:"field,omitempty"`
	// Name is the kind, corpus or field value; empty for GroupOverall.
	Name string `json:"name"`
}

// String returns how reports name the scope: "overall", "direct",
// "corpus PDNC", "quote_type=Explicit".
func (s Scope) String() string {
	switch s.Group {
	case GroupOverall:
		return "overall"
	case GroupKind:
		if s.Name == "" {
			return "(no kind)"
		}
		return s.Name
	case GroupSource:
		if s.Name == "" {
			return "corpus (none)"
		}
		return "corpus " + s.Name
	}
	return s.Field + "=" + s.Name
}

// Values a categorical field can take besides its own.
const (
	// AbsentValue counts the gold quotes without the field (or with a null,
	// array or object value).
	AbsentValue = "(absent)"
	// OtherValue counts the values of a named field beyond MaxFieldValues.
	OtherValue = "(other)"
)

const (
	// MaxAutoFieldValues is how many distinct string values an extra gold
	// key may have to be found categorical on its own: more, and it is an
	// identifier (PolNeAR's group, PDNC's speaker_label), not a category.
	MaxAutoFieldValues = 12
	// MaxFieldValues caps the values of a field named in Options.Fields;
	// further values count under OtherValue, so memory stays bounded.
	MaxFieldValues = 100
)

// label is one categorical value of a gold quote.
type label struct {
	field, value string
}

// fieldSet tracks the categorical gold fields figures are broken down by.
type fieldSet struct {
	auto    bool
	named   []string
	values  map[string]map[string]*Counts // field -> value -> counts
	dropped map[string]bool               // auto keys found to have too many values
}

func newFieldSet(names []string) *fieldSet {
	fs := &fieldSet{auto: names == nil, values: make(map[string]map[string]*Counts), dropped: make(map[string]bool)}
	for _, n := range names {
		if n == "" || slices.Contains(fs.named, n) {
			continue
		}
		fs.named = append(fs.named, n)
		fs.values[n] = make(map[string]*Counts)
	}
	return fs
}

// labels appends the tracked labels of q to dst. In auto mode it registers
// new keys and values as it meets them and drops a key at its
// MaxAutoFieldValues+1-th distinct value.
func (fs *fieldSet) labels(dst []label, q *corpus.GoldQuote) []label {
	if fs.auto {
		for key, raw := range q.Extra {
			if fs.dropped[key] {
				continue
			}
			v, ok := stringValue(raw)
			if !ok {
				continue
			}
			vals := fs.values[key]
			if vals == nil {
				vals = make(map[string]*Counts)
				fs.values[key] = vals
			}
			if vals[v] == nil {
				if len(vals) == MaxAutoFieldValues {
					delete(fs.values, key)
					fs.dropped[key] = true
					continue
				}
				vals[v] = &Counts{}
			}
			dst = append(dst, label{key, v})
		}
		return dst
	}
	for _, key := range fs.named {
		raw, ok := q.Extra[key]
		if !ok {
			continue
		}
		v, ok := scalarValue(raw)
		if !ok {
			continue
		}
		vals := fs.values[key]
		if vals[v] == nil {
			if len(vals) >= MaxFieldValues {
				v = OtherValue
			}
			if vals[v] == nil {
				vals[v] = &Counts{}
			}
		}
		dst = append(dst, label{key, v})
	}
	return dst
}

// add adds c to the counts of l, unless its field has been dropped since.
func (fs *fieldSet) add(l label, c Counts) {
	if p := fs.values[l.field][l.value]; p != nil {
		p.add(c)
	}
}

// fields lists the tracked fields: as named, or sorted when found.
func (fs *fieldSet) fields() []string {
	if !fs.auto {
		return fs.named
	}
	names := make([]string, 0, len(fs.values))
	for k := range fs.values {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// counts returns every value's counts of each field, AbsentValue included
// when some owed gold quote lacks the field: overall minus the values, since
// a key found late in auto mode has no counts for the documents before it.
func (fs *fieldSet) counts(overall Counts) map[string]map[string]Counts {
	out := make(map[string]map[string]Counts, len(fs.values))
	for _, f := range fs.fields() {
		vals := make(map[string]Counts, len(fs.values[f])+1)
		absent := overall
		for v, c := range fs.values[f] {
			vals[v] = *c
			absent.sub(*c)
		}
		if absent.Gold > 0 {
			vals[AbsentValue] = goldSide(absent)
		}
		out[f] = vals
	}
	return out
}

// goldSide keeps only the counts a gold label can carry: predictions belong
// to no label.
func goldSide(c Counts) Counts {
	c.Predicted, c.IgnoredPredictions = 0, 0
	return c
}

// stringValue decodes raw when it is a JSON string.
func stringValue(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

// scalarValue decodes a string, or keeps a number or boolean as written;
// null, arrays and objects have no category.
func scalarValue(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		return stringValue(raw)
	case 'n', '[', '{':
		return "", false
	}
	return string(raw), true
}

// valueOrder sorts a field's values for reports: by name, AbsentValue and
// OtherValue last.
func valueOrder(vals map[string]LabelScores) []string {
	var names, tail []string
	for v := range vals {
		if v == AbsentValue || v == OtherValue {
			tail = append(tail, v)
			continue
		}
		names = append(names, v)
	}
	slices.Sort(names)
	slices.Sort(tail)
	return append(names, tail...)
}
