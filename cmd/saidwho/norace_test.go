//go:build !race

package main

// raceEnabled is set when the tests run under the race detector, which
// makes saidwho 5 to 10 times slower: the biggest inputs are cut down then.
const raceEnabled = false
