package eval

import "fmt"

// htmlChart is a horizontal grouped bar chart, laid out here so the
// template only draws rectangles and text.
type htmlChart struct {
	Title         string
	Width, Height int
	Bars          []chartBar
	Texts         []chartText
	Lines         []chartLine
	Legend        []chartLegend
}

type chartBar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

type chartText struct {
	X, Y   float64
	Anchor string
	Class  string
	Text   string
}

type chartLine struct {
	X1, Y1, X2, Y2 float64
}

type chartLegend struct {
	X, Y  float64
	Class string
	Text  string
}

// chartSeries is one bar per category: a figure of one system.
type chartSeries struct {
	name  string
	class string
	value func(Scores) float64
}

// Chart geometry, in pixels.
const (
	chartLabelW = 170
	chartPlotW  = 460
	chartValueW = 50
	chartBarH   = 13
	chartBarGap = 2
	chartGroupG = 10
	chartBottom = 24
	// The legend's first row, its row height and the width of a character
	// of its 11px text, estimated: SVG text cannot be measured here.
	chartLegendY = 22
	chartLegendH = 16
	chartCharW   = 6.5
)

// charts draws partial and end-to-end F1 per kind and per corpus, the
// baseline's bars beside the predictions' when there is one.
func (r Report) charts() []htmlChart {
	series := []chartSeries{
		{"partial F1", "b0", func(s Scores) float64 { return s.Partial.F1 }},
		{"end-to-end F1", "b1", func(s Scores) float64 { return s.EndToEnd.F1 }},
	}
	var base *Report
	if r.Baseline != nil {
		base = r.Baseline
		series = []chartSeries{
			{"partial F1", "b0", func(s Scores) float64 { return s.Partial.F1 }},
			{"partial F1, baseline", "b0 base", func(s Scores) float64 { return s.Partial.F1 }},
			{"end-to-end F1", "b1", func(s Scores) float64 { return s.EndToEnd.F1 }},
			{"end-to-end F1, baseline", "b1 base", func(s Scores) float64 { return s.EndToEnd.F1 }},
		}
	}
	kinds, sources := r.kindOrder(), r.sourceOrder()
	pick := func(rep *Report, group, name string) Scores {
		if rep == nil {
			return Scores{}
		}
		if group == GroupKind {
			return rep.ByKind[name]
		}
		return rep.BySource[name]
	}
	build := func(title, group string, names []string) htmlChart {
		var cats []chartCategory
		for _, n := range names {
			c := chartCategory{label: Scope{Group: group, Name: n}.String()}
			sys, bas := pick(&r, group, n), pick(base, group, n)
			for i, s := range series {
				from := sys
				if base != nil && i%2 == 1 {
					from = bas
				}
				c.values = append(c.values, s.value(from))
			}
			cats = append(cats, c)
		}
		return layoutChart(title, series, cats)
	}
	return []htmlChart{
		build("F1 per kind", GroupKind, kinds),
		build("F1 per corpus", GroupSource, sources),
	}
}

type chartCategory struct {
	label  string
	values []float64
}

// layoutChart places the bars of each category under one another, an axis
// from 0 to 1 with grid lines at quarters, and a legend above.
func layoutChart(title string, series []chartSeries, cats []chartCategory) htmlChart {
	groupH := len(series)*(chartBarH+chartBarGap) - chartBarGap
	c := htmlChart{Title: title, Width: chartLabelW + chartPlotW + chartValueW}
	// The legend runs under the title, wrapping to as many rows as it needs.
	lx, ly := float64(chartLabelW), float64(chartLegendY)
	for _, s := range series {
		w := float64(len(s.name))*chartCharW + 30
		if lx+w > float64(c.Width) && lx > chartLabelW {
			lx, ly = chartLabelW, ly+chartLegendH
		}
		c.Legend = append(c.Legend, chartLegend{X: lx, Y: ly, Class: s.class, Text: s.name})
		lx += w
	}
	top := ly + chartLegendH + 10
	c.Height = int(top) + len(cats)*(groupH+chartGroupG) + chartBottom
	plotBottom := float64(c.Height - chartBottom)
	for i := 0; i <= 4; i++ {
		x := float64(chartLabelW) + float64(i)*chartPlotW/4
		c.Lines = append(c.Lines, chartLine{x, top - 4, x, plotBottom})
		c.Texts = append(c.Texts, chartText{X: x, Y: plotBottom + 15, Anchor: "middle", Class: "tick", Text: fmt.Sprintf("%.2f", float64(i)/4)})
	}
	y := top
	for _, cat := range cats {
		c.Texts = append(c.Texts, chartText{X: chartLabelW - 8, Y: y + float64(groupH)/2 + 4, Anchor: "end", Class: "cat", Text: elide(cat.label, 26)})
		for i, v := range cat.values {
			w := max(v, 0) * chartPlotW
			by := y + float64(i*(chartBarH+chartBarGap))
			c.Bars = append(c.Bars, chartBar{X: chartLabelW, Y: by, W: w, H: chartBarH, Class: series[i].class,
				Title: fmt.Sprintf("%s, %s: %.3f", cat.label, series[i].name, v)})
			c.Texts = append(c.Texts, chartText{X: chartLabelW + w + 4, Y: by + chartBarH - 2, Anchor: "start", Class: "val", Text: fmt.Sprintf("%.3f", v)})
		}
		y += float64(groupH + chartGroupG)
	}
	if len(cats) == 0 {
		c.Texts = append(c.Texts, chartText{X: chartLabelW, Y: top + 12, Anchor: "start", Class: "cat", Text: "nothing to chart"})
	}
	return c
}
