package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// UnmarshalJSON reads a gold quote and keeps every key it does not know in
// Extra, so corpus-specific labels (quote_type, group, fragment, ...) survive
// for reports that break figures down by them. Keys match exactly (case
// sensitive), so a misspelt "Start" lands in Extra instead of being guessed.
func (q *GoldQuote) UnmarshalJSON(data []byte) error {
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return nil // encoding/json's convention: null leaves a value alone
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return fmt.Errorf("gold quote: %w", err)
	}
	var out GoldQuote
	for key, raw := range fields {
		var dst any
		switch key {
		case "start":
			dst = &out.Start
		case "end":
			dst = &out.End
		case "text":
			dst = &out.Text
		case "kind":
			dst = &out.Kind
		case "speaker":
			dst = &out.Speaker
		case "speaker_mentions":
			dst = &out.SpeakerMentions
		case "cue":
			dst = &out.Cue
		case "cue_span":
			dst = &out.CueSpan
		case "optional":
			dst = &out.Optional
		default:
			if out.Extra == nil {
				out.Extra = make(map[string]json.RawMessage)
			}
			out.Extra[key] = raw
			continue
		}
		if err := json.Unmarshal(raw, dst); err != nil {
			return fmt.Errorf("gold quote: key %q: %w", key, err)
		}
	}
	*q = out
	return nil
}
