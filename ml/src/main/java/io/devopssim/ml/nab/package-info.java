/**
 * The Numenta Anomaly Benchmark: reading a labelled corpus, scoring a detector's per-row scores
 * with the benchmark's rule, and running a detector over a whole corpus.
 *
 * <p>Start with {@link io.devopssim.ml.nab.NabCorpus#read(java.nio.file.Path)}, then either {@link
 * io.devopssim.ml.nab.NabRun} (runs a detector and scores it) or {@link
 * io.devopssim.ml.nab.NabScorer} (scores scores you already have).
 */
package io.devopssim.ml.nab;
