package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/saidwho/saidwho/corpus"
)

const schemaPath = "../../schema/prediction.schema.json"

// compileSchema compiles the JSON Schema of prediction records.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	c := jsonschema.NewCompiler()
	// The meta-schema is checked too: a schema that is not valid draft
	// 2020-12 does not compile.
	if err := c.AddResource("prediction.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("prediction.schema.json")
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	return sch
}

// validate checks one JSON value against the schema.
func validate(sch *jsonschema.Schema, line []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

// TestOutputMatchesSchema runs saidwho extract on the bundled sample (news
// and fiction) and on lines that fail in every way a document can, and
// validates each record against schema/prediction.schema.json. It also
// checks what the schema cannot state: every span is text[start:end] of its
// document, in code points.
func TestOutputMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	dir := t.TempDir()
	edge := filepath.Join(dir, "edge.jsonl")
	if err := os.WriteFile(edge, []byte(strings.Join([]string{
		`{"id": "cafe", "text": "“Ça suffit,” said Zoë Müller. According to her lawyer, the company will appeal."}`,
		`{"id": "broken", "text": `,
		`{"id": "notext"}`,
		`{"id": "number", "text": 42}`,
		`{"id": "empty", "text": ""}`,
		`{"text": "no id"}`,
	}, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"../../sample/sample.gold.jsonl", edge}
	out := filepath.Join(dir, "out.jsonl")
	if code := run(append([]string{"saidwho", "extract", "-q", "-o", out}, args...)); code != exitOK {
		t.Fatalf("saidwho extract exited with %d", code)
	}

	src, err := corpus.Open(args, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	n, quotes, failed := 0, 0, 0
	for sc.Scan() {
		n++
		doc, err := src.Next()
		if err != nil {
			t.Fatalf("record %d: no input document: %v", n, err)
		}
		if err := validate(sch, sc.Bytes()); err != nil {
			t.Errorf("record %d (%s) does not match the schema: %v\n%s", n, doc.ID, err, sc.Bytes())
			continue
		}
		p := readPrediction(t, sc.Bytes())
		if p.Error != "" {
			failed++
		}
		text := []rune(doc.Text)
		checkSpan := func(what string, s corpus.Span) {
			if s.Start > s.End || s.End > len(text) {
				t.Errorf("record %d (%s): %s [%d, %d) is outside the %d code points of the text", n, doc.ID, what, s.Start, s.End, len(text))
			} else if got := string(text[s.Start:s.End]); got != s.Text {
				t.Errorf("record %d (%s): %s text %q, but text[%d:%d] is %q", n, doc.ID, what, s.Text, s.Start, s.End, got)
			}
		}
		for _, q := range p.Quotes {
			quotes++
			checkSpan("quote", corpus.Span{Start: q.Start, End: q.End, Text: q.Text})
			if q.Mention != nil {
				checkSpan("mention", *q.Mention)
			}
			if q.Cue != nil {
				checkSpan("cue", *q.Cue)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if _, err := src.Next(); err != io.EOF {
		t.Errorf("more input documents than the %d records", n)
	}
	// The check is only worth something if the output has quotes of every
	// shape and failed documents.
	if quotes < 20 || failed != 4 {
		t.Errorf("%d records held %d quotes and %d errors; want at least 20 quotes and 4 errors", n, quotes, failed)
	}
}

// TestSchemaRejects checks that the schema is not vacuous: records that
// break FORMAT.md fail it.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	good := `{"start":1,"end":4,"text":"Yes","kind":"direct","speaker":null,"mention":null,"cue":{"start":6,"end":10,"text":"said"},"confidence":0.5,"rule":"r"}`
	if err := validate(sch, []byte(`{"id":"a","quotes":[`+good+`]}`)); err != nil {
		t.Fatalf("a good record fails the schema: %v", err)
	}
	for _, bad := range []string{
		`{"id":"a","quotes":null}`,
		`{"id":"a"}`,
		`{"id":"","quotes":[]}`,
		`{"id":"a","quotes":[],"error":""}`,
		`{"id":"a","quotes":[` + good + `],"error":"failed"}`,
		`{"id":"a","quotes":[],"extra":1}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `"direct"`, `"quoted"`, 1) + `]}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `"start":1`, `"start":-1`, 1) + `]}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `"start":1`, `"start":1.5`, 1) + `]}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `"speaker":null`, `"speaker":""`, 1) + `]}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `"mention":null,`, ``, 1) + `]}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `"text":"said"`, `"text":null`, 1) + `]}`,
		`{"id":"a","quotes":[` + strings.Replace(good, `0.5`, `1.5`, 1) + `]}`,
	} {
		if err := validate(sch, []byte(bad)); err == nil {
			t.Errorf("the schema accepts %s", bad)
		}
	}
}

func readPrediction(t *testing.T, line []byte) corpus.Prediction {
	t.Helper()
	var p corpus.Prediction
	if err := json.Unmarshal(line, &p); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	return p
}
