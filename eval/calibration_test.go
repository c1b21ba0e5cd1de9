package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
)

// verdict is how gold judges one side of a prediction's attribution.
type verdict int

const (
	unjudged verdict = iota // gold has no speaker (no mentions)
	right
	wrong
)

// attributed is one matched prediction of calibratedReport.
type attributed struct {
	confidence       float64
	speaker, mention verdict
}

// calibratedReport scores one document holding a gold quote for each of qs,
// each matched by a prediction with the given confidence, naming the right
// speaker or not and pointing at the right mention or not. A spurious
// prediction and a missed gold quote come along: neither may count.
func calibratedReport(qs []attributed) Report {
	var text strings.Builder
	var gold []corpus.GoldQuote
	var pred []corpus.PredictedQuote
	for i, a := range qs {
		at := text.Len()
		fmt.Fprintf(&text, "Ann said quote %c here. ", 'a'+i)
		ann, said := [2]int{at, at + 3}, corpus.Span{Start: at + 4, End: at + 8, Text: "said"}
		g := corpus.GoldQuote{Start: at + 9, End: at + 21, Text: fmt.Sprintf("quote %c here", 'a'+i), Kind: I}
		p := corpus.PredictedQuote{Start: g.Start, End: g.End, Text: g.Text, Kind: I, Confidence: a.confidence}
		if a.speaker != unjudged {
			g.Speaker = str("Ann")
		}
		p.Speaker = str("Ann")
		if a.speaker == wrong {
			p.Speaker = str("Bob")
		}
		if a.mention != unjudged {
			g.SpeakerMentions = [][2]int{ann}
		}
		p.Mention = &corpus.Span{Start: ann[0], End: ann[1], Text: "Ann"}
		if a.mention == wrong {
			p.Mention = &said
		}
		gold, pred = append(gold, g), append(pred, p)
	}
	at := text.Len()
	text.WriteString("Missed words here. Spurious words here.")
	gold = append(gold, corpus.GoldQuote{Start: at, End: at + 17, Text: "Missed words here", Kind: I, Speaker: str("Ann"),
		SpeakerMentions: [][2]int{{0, 3}}})
	pred = append(pred, corpus.PredictedQuote{Start: at + 19, End: at + 38, Text: "Spurious words here", Kind: I,
		Speaker: str("Ann"), Confidence: 1})
	s := NewScorer(Options{})
	s.Add(corpus.GoldDocument{ID: "d", Text: text.String(), Quotes: gold}, corpus.Prediction{ID: "d", Quotes: pred})
	return s.Report()
}

// wantThreshold is what filtering at threshold k/10 should give.
type wantThreshold struct {
	judged, correct    int
	coverage, accuracy float64 // NaN: undefined
}

func TestCalibration(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name       string
		qs         []attributed
		speaker    map[int]Band // bands not listed are empty
		speakerECE float64      // NaN: undefined
		thresholds map[int]wantThreshold
		mention    map[int]Band
		mentionECE float64
	}{
		{"one band",
			[]attributed{{0.9, right, unjudged}, {0.9, right, unjudged}, {0.95, wrong, unjudged}, {1.0, right, unjudged}},
			map[int]Band{9: {Judged: 4, Correct: 3, ConfidenceMicros: 3_750_000}},
			0.1875, // |0.75 - 0.9375|
			map[int]wantThreshold{0: {4, 3, 1, 0.75}, 9: {4, 3, 1, 0.75}},
			nil, nan},
		{"two bands",
			[]attributed{{0.2, wrong, unjudged}, {0.25, right, unjudged}, {0.8, right, unjudged}, {0.8, right, unjudged}},
			map[int]Band{2: {Judged: 2, Correct: 1, ConfidenceMicros: 450_000}, 8: {Judged: 2, Correct: 2, ConfidenceMicros: 1_600_000}},
			0.2375, // 0.5*|0.5-0.225| + 0.5*|1-0.8|
			map[int]wantThreshold{0: {4, 3, 1, 0.75}, 2: {4, 3, 1, 0.75}, 3: {2, 2, 0.5, 1}, 8: {2, 2, 0.5, 1}, 9: {0, 0, 0, nan}},
			nil, nan},
		{"band edges",
			[]attributed{{0, right, unjudged}, {0.1, right, unjudged}, {0.3, right, unjudged}, {0.7, wrong, unjudged}, {0.9999, right, unjudged}},
			map[int]Band{0: {1, 1, 0}, 1: {1, 1, 100_000}, 3: {1, 1, 300_000}, 7: {1, 0, 700_000}, 9: {1, 1, 999_900}},
			(1 + 0.9 + 0.7 + 0.7 + 0.0001) / 5,
			map[int]wantThreshold{1: {4, 3, 0.8, 0.75}, 3: {3, 2, 0.6, 2.0 / 3}, 4: {2, 1, 0.4, 0.5}},
			nil, nan},
		{"out of range clamped",
			[]attributed{{-0.5, wrong, unjudged}, {1.5, right, unjudged}},
			map[int]Band{0: {1, 0, 0}, 9: {1, 1, 1_000_000}},
			0,
			nil,
			nil, nan},
		{"mention population apart",
			[]attributed{{0.9, right, wrong}, {0.9, unjudged, right}, {0.5, unjudged, right}, {0.6, unjudged, unjudged}},
			map[int]Band{9: {1, 1, 900_000}},
			0.1,
			map[int]wantThreshold{0: {1, 1, 1, 1}},
			map[int]Band{5: {1, 1, 500_000}, 9: {2, 1, 1_800_000}},
			1.0/3*0.5 + 2.0/3*0.4}, // |1-0.5| over one, |0.5-0.9| over two
		{"nothing judged",
			[]attributed{{0.9, unjudged, unjudged}},
			nil, nan,
			map[int]wantThreshold{0: {0, 0, nan, nan}},
			nil, nan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := calibratedReport(tt.qs).Calibration
			checkReliability(t, "speaker", c.Speaker, tt.speaker, tt.speakerECE)
			checkReliability(t, "mention", c.Mention, tt.mention, tt.mentionECE)
			ths := c.Speaker.Thresholds()
			if len(ths) != ConfidenceBands {
				t.Fatalf("%d thresholds, want %d", len(ths), ConfidenceBands)
			}
			for k, w := range tt.thresholds {
				th := ths[k]
				if th.MinConfidence != float64(k)/10 || th.Judged != w.judged || th.Correct != w.correct ||
					!same(th.Coverage, w.coverage) || !same(th.Accuracy, w.accuracy) {
					t.Errorf("threshold %d: %+v coverage %v accuracy %v, want %+v", k, th, show(th.Coverage), show(th.Accuracy), w)
				}
			}
		})
	}
}

func checkReliability(t *testing.T, name string, got Reliability, bands map[int]Band, ece float64) {
	t.Helper()
	var want Reliability
	for k, b := range bands {
		want.Bands[k] = b
	}
	if got != want {
		t.Errorf("%s bands\n got %+v\nwant %+v", name, got.Bands, want.Bands)
	}
	if e := got.ECE(); !same(e, ece) {
		t.Errorf("%s ECE = %v, want %v", name, show(e), ece)
	}
}

// same compares an optional figure with want, NaN standing for nil.
func same(got *float64, want float64) bool {
	if got == nil || math.IsNaN(want) {
		return got == nil && math.IsNaN(want)
	}
	return math.Abs(*got-want) < 1e-9
}

func show(v *float64) string { return acc(v) }

func TestBandOf(t *testing.T) {
	for _, tt := range []struct {
		c    float64
		band int
	}{{-1, 0}, {0, 0}, {0.0999, 0}, {0.1, 1}, {0.2, 2}, {0.3, 3}, {0.6, 6}, {0.7, 7}, {0.8999, 8}, {0.9, 9}, {1, 9}, {2, 9}} {
		if got := bandOf(tt.c); got != tt.band {
			t.Errorf("bandOf(%v) = %d, want %d", tt.c, got, tt.band)
		}
	}
}

func TestCalibrationJSON(t *testing.T) {
	r := calibratedReport([]attributed{{0.2, wrong, right}, {0.25, right, wrong}, {0.8, right, right}})
	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got Report
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Calibration != r.Calibration {
		t.Errorf("round trip\n got %+v\nwant %+v", got.Calibration, r.Calibration)
	}
	var j struct {
		Calibration map[string]struct {
			Judged     int               `json:"judged"`
			ECE        *float64          `json:"ece"`
			Bands      []json.RawMessage `json:"bands"`
			Thresholds []Threshold       `json:"thresholds"`
		} `json:"calibration"`
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		t.Fatal(err)
	}
	sp := j.Calibration["speaker"]
	if sp.Judged != 3 || len(sp.Bands) != ConfidenceBands || len(sp.Thresholds) != ConfidenceBands || sp.ECE == nil {
		t.Errorf("speaker = %+v", sp)
	}
	const band2 = `{"low":0.2,"high":0.3,"judged":2,"correct":1,"confidence_micros":450000,"accuracy":0.5,"mean_confidence":0.225}`
	if string(sp.Bands[2]) != band2 {
		t.Errorf("band 2 = %s\n want %s", sp.Bands[2], band2)
	}
	if _, ok := j.Calibration["mention"]; !ok {
		t.Errorf("no mention calibration: %s", raw)
	}
	bad := strings.Replace(string(raw), band2+",", "", 1)
	if err := json.Unmarshal([]byte(bad), &got); err == nil || !strings.Contains(err.Error(), "9 confidence bands") {
		t.Errorf("nine bands: error %v", err)
	}
}

// TestBandPlus fails when Band gains a count plus does not add.
func TestBandPlus(t *testing.T) {
	checkPlus(t, Band.plus)
}
