package corpus

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestGoldQuoteUnmarshalJSON(t *testing.T) {
	str := func(s string) *string { return &s }
	tests := []struct {
		name    string
		in      string
		want    GoldQuote
		wantErr string
	}{
		{
			name: "known fields only",
			in: `{"start": 3, "end": 9, "text": "abcdef", "kind": "direct", "speaker": "Qian Xiaoqian",
				"speaker_mentions": [[0, 2], [10, 14]], "cue": "said", "cue_span": [15, 19], "optional": true}`,
			want: GoldQuote{Start: 3, End: 9, Text: "abcdef", Kind: "direct", Speaker: str("Qian Xiaoqian"),
				SpeakerMentions: [][2]int{{0, 2}, {10, 14}}, Cue: "said", CueSpan: &[2]int{15, 19}, Optional: true},
		},
		{
			name: "null speaker and absent optionals",
			in:   `{"start": 0, "end": 1, "text": "a", "kind": "indirect", "speaker": null}`,
			want: GoldQuote{End: 1, Text: "a", Kind: "indirect"},
		},
		{
			name: "extra keys kept raw",
			in:   `{"start": 0, "end": 1, "text": "a", "kind": "direct", "speaker": "X", "quote_type": "Anaphoric", "group": 7, "fragment": {"n": 1}}`,
			want: GoldQuote{End: 1, Text: "a", Kind: "direct", Speaker: str("X"), Extra: map[string]json.RawMessage{
				"quote_type": json.RawMessage(`"Anaphoric"`),
				"group":      json.RawMessage(`7`),
				"fragment":   json.RawMessage(`{"n": 1}`),
			}},
		},
		{
			name: "keys are case sensitive",
			in:   `{"Start": 4}`,
			want: GoldQuote{Extra: map[string]json.RawMessage{"Start": json.RawMessage(`4`)}},
		},
		{
			name:    "wrong type names the key",
			in:      `{"start": "four"}`,
			wantErr: `key "start"`,
		},
		{
			name:    "not an object",
			in:      `[1, 2]`,
			wantErr: "gold quote",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got GoldQuote
			err := json.Unmarshal([]byte(tt.in), &got)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestGoldDocumentKeepsQuoteExtras(t *testing.T) {
	in := `{"id": "d", "text": "x", "quotes": [{"start": 0, "end": 1, "text": "x", "kind": "direct", "speaker": null, "group": "g1"}, null]}`
	var doc GoldDocument
	if err := json.Unmarshal([]byte(in), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 2 || string(doc.Quotes[0].Extra["group"]) != `"g1"` {
		t.Fatalf("quotes = %+v", doc.Quotes)
	}
}
