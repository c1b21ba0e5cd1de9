package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x2[string, string, int, string](&shardFn{})
	register.Function1x2(emptyShard)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// ShardName returns the name of shard i of n: PREFIX-00001-of-00004.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// WritePredictions writes the prediction lines (KV<id, line>) to shards
// files named by ShardName, one line per document; a document's shard
// follows from its id. Every shard is written, empty or not, so a reader can
// count on n files. Lines within a shard are in no particular order.
func WritePredictions(s beam.Scope, prefix string, shards int, preds beam.PCollection) {
	s = s.Scope("WritePredictions")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, preds)
	ids := make([]int, shards)
	for i := range ids {
		ids[i] = i
	}
	// An empty line for each shard makes every shard's group exist; no
	// record is empty, so the writer can tell it apart.
	markers := beam.ParDo(s, emptyShard, beam.CreateList(s, ids))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, markers))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, grouped)
}

// shardFn keys a prediction line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(id, line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(f.Shards)), line
}

func emptyShard(i int) (int, string) { return i, "" }

// writeShardFn writes the lines of one shard to its file, replacing it, so a
// retried bundle writes the same file again.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := ShardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer func() {
		if cerr := fd.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", name, cerr)
		}
	}()
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
