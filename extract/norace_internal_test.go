//go:build !race

package extract

// raceOn is set under the race detector, where the slowest tests shrink.
const raceOn = false
