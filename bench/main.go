// Command bench measures saidwho's throughput the way `make bench` reports
// it: it builds a deterministic benchmark corpus of news text, then, in one
// run and on the same file, times `saidwho extract` end to end with one
// worker and with every core, and prose v3's tokenizer alone over the same
// texts, the reference. Runs are interleaved and medians reported; ratios
// are taken within each round, then their median, so that a neighbour's load
// on a shared machine skews both sides of a ratio alike.
//
//	go run ./bench -bin bin/saidwho [-mb 50] [-runs 3] [-profile] [-scale 500,1000] [-bigdoc 100]
//
// The corpus is PolNeAR's dev texts (../shared/data/polnear.dev.jsonl, texts
// only) repeated with distinct ids until it reaches -mb megabytes of text; the
// bundled sample stands in when the data folder is absent. Everything is
// written under -out (out/bench, which git ignores). Peak RSS is the child's
// getrusage maximum resident set size, the figure `/usr/bin/time -v` prints.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jdkato/prose/v3/tokenize"
)

const mb = 1e6

func main() {
	bin := flag.String("bin", "bin/saidwho", "the saidwho binary to measure")
	data := flag.String("data", "../shared/data", "folder holding polnear.dev.jsonl")
	sample := flag.String("sample", "sample/sample.gold.jsonl", "texts to repeat when -data is absent")
	out := flag.String("out", "out/bench", "where corpora and predictions are written")
	size := flag.Float64("mb", 50, "megabytes of text in the benchmark corpus")
	runs := flag.Int("runs", 3, "rounds of measurements (medians are reported)")
	workers := flag.Int("workers", runtime.NumCPU(), "workers of the all-cores run")
	startups := flag.Int("startups", 11, "runs of the start-up measurement")
	scale := flag.String("scale", "", "comma-separated corpus sizes in MB to run once more with all cores, to show RSS stays flat")
	bigdoc := flag.String("bigdoc", "", "comma-separated sizes in MB of single documents to run (many news texts in one)")
	profile := flag.Bool("profile", false, "profile one more 1-worker run (out/bench/cpu.prof) and print its top functions")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
	}
	texts, origin, err := loadTexts(*data, *sample)
	if err != nil {
		fatal(err)
	}
	b := &bench{bin: *bin, out: *out, texts: texts}

	corpus := filepath.Join(*out, fmt.Sprintf("news-%gMB.jsonl", *size))
	docs, textBytes, err := writeCorpus(corpus, texts, int64(*size*mb))
	if err != nil {
		fatal(err)
	}
	fmt.Printf("corpus    %s: %d documents, %.1f MB of text (%s, repeated)\n", corpus, docs, float64(textBytes)/mb, origin)
	fmt.Printf("machine   %d CPUs, GOMAXPROCS %d, load average %s at start\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), loadAvg())
	fmt.Printf("method    %d interleaved rounds; medians; ratios taken within each round; MB/s = text MB / wall s\n\n", *runs)

	one, all, ref := &series{}, &series{}, &series{}
	var ratio, cpuRatio, speedup []float64
	for r := 0; r < *runs; r++ {
		s1, err := b.extract(corpus, 1)
		if err != nil {
			fatal(err)
		}
		sn, err := b.extract(corpus, *workers)
		if err != nil {
			fatal(err)
		}
		sr := b.tokenize(docs)
		one.add(s1)
		all.add(sn)
		ref.add(sr)
		ratio = append(ratio, sr.secs/s1.secs)
		cpuRatio = append(cpuRatio, sr.cpu/s1.cpu)
		speedup = append(speedup, s1.secs/sn.secs)
	}
	fmt.Printf("%-34s %8s %9s %8s %10s\n", "", "MB/s", "wall s", "CPU s", "peak RSS")
	one.print(fmt.Sprintf("saidwho extract --workers 1"), textBytes)
	all.print(fmt.Sprintf("saidwho extract --workers %d", *workers), textBytes)
	ref.print("prose v3 tokenize (reference)", textBytes)
	fmt.Println()
	r, s := median(ratio), median(speedup)
	fmt.Printf("ratio saidwho(1 worker) / prose tokenize: %.2f  (rounds %s)  target >= 1.0: %s\n", r, list(ratio), verdict(r >= 1))
	fmt.Printf("  the same in CPU time:                   %.2f  (rounds %s)\n", median(cpuRatio), list(cpuRatio))
	fmt.Printf("speed-up 1 -> %d workers:                 %.2f  (rounds %s)  target >= 1.8: %s\n", *workers, s, list(speedup), verdict(s >= 1.8))
	rss := max(one.maxRSS(), all.maxRSS())
	fmt.Printf("peak RSS of saidwho:                      %.0f MB  target < 200 MB: %s\n", rss, verdict(rss < 200))

	first, err := b.startup(corpus, *startups)
	if err != nil {
		fatal(err)
	}
	fmt.Printf("start-up, exec to first record out:       %.0f ms  (median of %d, one-document input)  target < 100 ms: %s\n",
		first*1000, *startups, verdict(first < 0.1))
	fmt.Printf("load average at end: %s\n", loadAvg())

	if *profile {
		prof := filepath.Join(*out, "cpu.prof")
		cmd := exec.Command(b.bin, "extract", "--quiet", "--workers", "1", "--cpuprofile", prof, "--output", b.pred(), corpus)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			fatal(err)
		}
		fmt.Printf("\nCPU profile of one 1-worker run, %s (go tool pprof -top):\n", prof)
		top := exec.Command("go", "tool", "pprof", "-top", "-nodecount=25", b.bin, prof)
		top.Stdout, top.Stderr = os.Stdout, os.Stderr
		if err := top.Run(); err != nil {
			fatal(err)
		}
	}
	if *scale != "" {
		fmt.Printf("\ncorpus size vs peak RSS, --workers %d, one run each:\n", *workers)
		fmt.Printf("%10s %10s %8s %9s %10s\n", "MB", "documents", "MB/s", "wall s", "peak RSS")
		for _, n := range parseSizes(*scale) {
			path := filepath.Join(*out, fmt.Sprintf("news-%gMB.jsonl", n))
			docs, tb, err := writeCorpus(path, texts, int64(n*mb))
			if err != nil {
				fatal(err)
			}
			st, err := b.extract(path, *workers)
			if err != nil {
				fatal(err)
			}
			fmt.Printf("%10.0f %10d %8.2f %9.2f %7.0f MB\n", float64(tb)/mb, docs, float64(tb)/mb/st.secs, st.secs, st.rssMB)
			os.Remove(path) // large: do not leave it behind
		}
	}
	if *bigdoc != "" {
		fmt.Printf("\nsingle documents (news texts joined by blank lines), --workers %d, one run each:\n", *workers)
		fmt.Printf("%10s %8s %9s %10s %8s\n", "MB", "MB/s", "wall s", "peak RSS", "quotes")
		for _, n := range parseSizes(*bigdoc) {
			path := filepath.Join(*out, fmt.Sprintf("bigdoc-%gMB.jsonl", n))
			tb, err := writeBigDoc(path, texts, int64(n*mb))
			if err != nil {
				fatal(err)
			}
			st, err := b.extract(path, *workers)
			if err != nil {
				fatal(err)
			}
			q, errMsg := countQuotes(b.pred())
			fmt.Printf("%10.0f %8.2f %9.2f %7.0f MB %8d %s\n", float64(tb)/mb, float64(tb)/mb/st.secs, st.secs, st.rssMB, q, errMsg)
			os.Remove(path)
		}
	}
}

type bench struct {
	bin   string
	out   string
	texts []string
}

func (b *bench) pred() string { return filepath.Join(b.out, "pred.jsonl") }

// sample is one measurement.
type sample struct {
	secs  float64 // wall time
	cpu   float64 // user + system time, of every thread
	rssMB float64 // 0 when not measured
}

type series struct{ s []sample }

func (s *series) add(x sample) { s.s = append(s.s, x) }

func (s *series) maxRSS() float64 {
	m := 0.0
	for _, x := range s.s {
		m = max(m, x.rssMB)
	}
	return m
}

func (s *series) print(name string, textBytes int64) {
	secs := make([]float64, len(s.s))
	cpu := make([]float64, len(s.s))
	for i, x := range s.s {
		secs[i], cpu[i] = x.secs, x.cpu
	}
	t := median(secs)
	rss := "-"
	if m := s.maxRSS(); m > 0 {
		rss = fmt.Sprintf("%.0f MB", m)
	}
	fmt.Printf("%-34s %8.2f %9.2f %8.2f %10s   (wall s per round %s)\n", name, float64(textBytes)/mb/t, t, median(cpu), rss, list(secs))
}

// extract runs saidwho extract on path and returns its wall time and peak RSS.
func (b *bench) extract(path string, workers int) (sample, error) {
	cmd := exec.Command(b.bin, "extract", "--quiet", "--workers", strconv.Itoa(workers), "--output", b.pred(), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	secs := time.Since(start).Seconds()
	if err != nil {
		return sample{}, fmt.Errorf("%s: %v: %s", strings.Join(cmd.Args, " "), err, stderr.String())
	}
	ps := cmd.ProcessState
	return sample{secs: secs, cpu: (ps.UserTime() + ps.SystemTime()).Seconds(), rssMB: rssMB(ps)}, nil
}

// rssMB returns the peak resident set size of a finished child in MB.
func rssMB(ps *os.ProcessState) float64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return float64(ru.Maxrss) * 1024 / mb // Linux reports kilobytes
	}
	return 0
}

// tokenize runs prose v3's tokenizer over the texts of the corpus, in the
// corpus order, as the reference: tokenizing alone, texts already in memory.
func (b *bench) tokenize(docs int) sample {
	tok := tokenize.New()
	runtime.GC()
	cpu0 := selfCPU()
	start := time.Now()
	n := 0
	for i := 0; i < docs; i++ {
		n += len(tok.Tokenize(b.texts[i%len(b.texts)]))
	}
	secs := time.Since(start).Seconds()
	if n == 0 {
		fatal(errors.New("prose produced no tokens"))
	}
	return sample{secs: secs, cpu: selfCPU() - cpu0}
}

// startup returns the median time from exec to the first output line of
// saidwho extract on a one-document input.
func (b *bench) startup(corpus string, runs int) (float64, error) {
	one := filepath.Join(b.out, "one-document.jsonl")
	f, err := os.Open(corpus)
	if err != nil {
		return 0, err
	}
	line, err := bufio.NewReaderSize(f, 1<<20).ReadBytes('\n')
	f.Close()
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(one, line, 0o644); err != nil {
		return 0, err
	}
	var times []float64
	for r := 0; r < runs; r++ {
		cmd := exec.Command(b.bin, "extract", "--quiet", one)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			return 0, err
		}
		start := time.Now()
		if err := cmd.Start(); err != nil {
			return 0, err
		}
		_, err = bufio.NewReader(stdout).ReadBytes('\n')
		first := time.Since(start).Seconds()
		io.Copy(io.Discard, stdout)
		if werr := cmd.Wait(); err == nil {
			err = werr
		}
		if err != nil {
			return 0, fmt.Errorf("start-up run: %w", err)
		}
		times = append(times, first)
	}
	return median(times), nil
}

// loadTexts returns the texts the corpora repeat: PolNeAR's dev texts when
// the data folder has them, else the bundled sample's.
func loadTexts(data, sample string) ([]string, string, error) {
	path := filepath.Join(data, "polnear.dev.jsonl")
	origin := "PolNeAR dev texts"
	if _, err := os.Stat(path); err != nil {
		path, origin = sample, "the bundled sample's texts ("+data+" is absent)"
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 256<<20)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		if rec.Text != "" {
			texts = append(texts, rec.Text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, "", err
	}
	if len(texts) == 0 {
		return nil, "", fmt.Errorf("%s: no texts", path)
	}
	return texts, origin, nil
}

// writeCorpus writes texts, cycling through them, as JSONL documents with
// distinct ids until they hold at least want bytes of text.
func writeCorpus(path string, texts []string, want int64) (docs int, textBytes int64, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for textBytes < want {
		t := texts[docs%len(texts)]
		id := fmt.Sprintf("bench/%d/%d", docs/len(texts), docs%len(texts))
		if err := enc.Encode(struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}{id, t}); err != nil {
			f.Close()
			return 0, 0, err
		}
		docs++
		textBytes += int64(len(t))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, 0, err
	}
	return docs, textBytes, f.Close()
}

// writeBigDoc writes one JSONL document of at least want bytes of text: news
// texts joined by blank lines.
func writeBigDoc(path string, texts []string, want int64) (int64, error) {
	var sb strings.Builder
	sb.Grow(int(want) + 1<<20)
	for i := 0; int64(sb.Len()) < want; i++ {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(texts[i%len(texts)])
	}
	line, err := json.Marshal(struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}{"bigdoc", sb.String()})
	if err != nil {
		return 0, err
	}
	return int64(sb.Len()), os.WriteFile(path, append(line, '\n'), 0o644)
}

// countQuotes returns the number of quotes in a one-document prediction
// file, and its error if it has one.
func countQuotes(path string) (int, string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, err.Error()
	}
	var p struct {
		Quotes []json.RawMessage `json:"quotes"`
		Error  string            `json:"error"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return 0, err.Error()
	}
	if p.Error != "" {
		return len(p.Quotes), "error: " + p.Error
	}
	return len(p.Quotes), ""
}

func parseSizes(s string) []float64 {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || n <= 0 {
			fatal(fmt.Errorf("bad size %q", f))
		}
		out = append(out, n)
	}
	return out
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func list(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.FormatFloat(x, 'f', 2, 64)
	}
	return strings.Join(parts, " ")
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

// selfCPU returns the user and system time of this process so far.
func selfCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func loadAvg() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}
