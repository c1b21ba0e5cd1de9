//go:build race

package extract_test

// raceFactor is how much slower code runs under the race detector: time
// budgets are multiplied by it.
const raceFactor = 10
