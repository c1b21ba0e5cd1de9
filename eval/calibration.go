package eval

import (
	"encoding/json"
	"fmt"
	"math"
)

// ConfidenceBands is how many equal bands of confidence the calibration
// splits [0, 1] into: band k holds [k/10, (k+1)/10), the last one 1.0 too.
const ConfidenceBands = 10

// confidenceUnit is how many units of a band's confidence sum make 1.
const confidenceUnit = 1_000_000

// Calibration relates the confidence of matched predictions to how often
// they name the right speaker: the population of speaker accuracy, and that
// of mention accuracy (news corpora such as PolNeAR judge speakers by
// mention overlap, not by name).
type Calibration struct {
	// Speaker holds the matches whose gold speaker is known, judged by name.
	Speaker Reliability `json:"speaker"`
	// Mention holds the matches whose gold quote has speaker_mentions,
	// judged by overlap.
	Mention Reliability `json:"mention"`
}

// Reliability counts one population of judged predictions per confidence
// band. Every figure follows from the counts, so reports add up.
type Reliability struct {
	Bands [ConfidenceBands]Band
}

// Band counts the judged predictions whose confidence falls in one band.
type Band struct {
	Judged  int `json:"judged"`
	Correct int `json:"correct"`
	// ConfidenceMicros sums their confidences in millionths: integers add
	// up the same in any order, float sums do not, and merged reports must
	// equal one run exactly.
	ConfidenceMicros int64 `json:"confidence_micros"`
}

// Accuracy is the share of the band's predictions that are right, nil when
// it has none.
func (b Band) Accuracy() *float64 { return ratio(b.Correct, b.Judged) }

// MeanConfidence is the mean confidence of the band's predictions, nil when
// it has none.
func (b Band) MeanConfidence() *float64 {
	if b.Judged == 0 {
		return nil
	}
	v := float64(b.ConfidenceMicros) / confidenceUnit / float64(b.Judged)
	return &v
}

func (b Band) plus(o Band) Band {
	return Band{Judged: b.Judged + o.Judged, Correct: b.Correct + o.Correct, ConfidenceMicros: b.ConfidenceMicros + o.ConfidenceMicros}
}

// bandEdge is the lower edge of band k, as the literal 0.k parses, so that
// a confidence of 0.3 is in band 3 and kept at threshold 0.3.
func bandEdge(k int) float64 { return float64(k) / ConfidenceBands }

// bandOf returns the band of confidence c; values outside [0, 1] (which
// FORMAT.md forbids, but a hand-written file may hold) go to the end bands.
func bandOf(c float64) int {
	k := 0
	for k+1 < ConfidenceBands && c >= bandEdge(k+1) {
		k++
	}
	return k
}

// add counts one judged prediction.
func (r *Reliability) add(confidence float64, right bool) {
	if math.IsNaN(confidence) {
		confidence = 0
	}
	confidence = min(max(confidence, 0), 1)
	b := &r.Bands[bandOf(confidence)]
	b.Judged++
	b.Correct += b2i(right)
	b.ConfidenceMicros += int64(math.Round(confidence * confidenceUnit))
}

func (r Reliability) plus(o Reliability) Reliability {
	for k := range r.Bands {
		r.Bands[k] = r.Bands[k].plus(o.Bands[k])
	}
	return r
}

func (c Calibration) plus(o Calibration) Calibration {
	return Calibration{Speaker: c.Speaker.plus(o.Speaker), Mention: c.Mention.plus(o.Mention)}
}

// AtLeast sums the bands from band k up: the predictions with confidence at
// least k/10.
func (r Reliability) AtLeast(k int) Band {
	var s Band
	for _, b := range r.Bands[k:] {
		s = s.plus(b)
	}
	return s
}

// Total sums every band.
func (r Reliability) Total() Band { return r.AtLeast(0) }

// ECE is the expected calibration error: the mean over bands, weighted by
// their predictions, of |accuracy - mean confidence|. Nil when nothing was
// judged.
func (r Reliability) ECE() *float64 {
	n := r.Total().Judged
	if n == 0 {
		return nil
	}
	var e float64
	for _, b := range r.Bands {
		if b.Judged == 0 {
			continue
		}
		e += float64(b.Judged) / float64(n) * math.Abs(*b.Accuracy()-*b.MeanConfidence())
	}
	return &e
}

// Threshold is what filtering the judged predictions at a confidence gives.
type Threshold struct {
	// MinConfidence is the threshold: predictions with confidence >= it are
	// kept.
	MinConfidence float64 `json:"min_confidence"`
	Judged        int     `json:"judged"`
	Correct       int     `json:"correct"`
	// Coverage is the share of all judged predictions kept; Accuracy the
	// share of those kept that are right.
	Coverage *float64 `json:"coverage"`
	Accuracy *float64 `json:"accuracy"`
}

// Thresholds filters at each band's lower edge, 0.0 to 0.9.
func (r Reliability) Thresholds() []Threshold {
	all := r.Total().Judged
	out := make([]Threshold, ConfidenceBands)
	for k := range out {
		b := r.AtLeast(k)
		out[k] = Threshold{MinConfidence: bandEdge(k), Judged: b.Judged, Correct: b.Correct,
			Coverage: ratio(b.Judged, all), Accuracy: b.Accuracy()}
	}
	return out
}

// bandJSON is one band as JSON has it: its edges, counts and figures.
type bandJSON struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	Band
	Accuracy       *float64 `json:"accuracy"`
	MeanConfidence *float64 `json:"mean_confidence"`
}

// reliabilityJSON is the JSON layout of a Reliability: the band counts and
// every figure they give, so a reader needs no arithmetic.
type reliabilityJSON struct {
	Judged     int         `json:"judged"`
	Correct    int         `json:"correct"`
	Accuracy   *float64    `json:"accuracy"`
	ECE        *float64    `json:"ece"`
	Bands      []bandJSON  `json:"bands"`
	Thresholds []Threshold `json:"thresholds"`
}

// MarshalJSON encodes the bands with their figures, ECE and thresholds.
func (r Reliability) MarshalJSON() ([]byte, error) {
	t := r.Total()
	j := reliabilityJSON{Judged: t.Judged, Correct: t.Correct, Accuracy: t.Accuracy(), ECE: r.ECE(),
		Bands: make([]bandJSON, ConfidenceBands), Thresholds: r.Thresholds()}
	for k, b := range r.Bands {
		j.Bands[k] = bandJSON{Low: bandEdge(k), High: bandEdge(k + 1), Band: b,
			Accuracy: b.Accuracy(), MeanConfidence: b.MeanConfidence()}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the band counts; the figures follow from them.
func (r *Reliability) UnmarshalJSON(data []byte) error {
	var j reliabilityJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("calibration: %w", err)
	}
	if len(j.Bands) != ConfidenceBands {
		return fmt.Errorf("calibration: %d confidence bands, want %d", len(j.Bands), ConfidenceBands)
	}
	for k, b := range j.Bands {
		r.Bands[k] = b.Band
	}
	return nil
}

// judged reports whether either population has a prediction.
func (c Calibration) judged() bool {
	return c.Speaker.Total().Judged > 0 || c.Mention.Total().Judged > 0
}
