/**
 * Runs trained models on ONNX Runtime: {@link io.devopssim.ml.OnnxModel}, the model registry and
 * hot swapping of models while predictions run.
 *
 * <p>Start-up: ONNX Runtime unpacks its native library (about 22 MB) into the temporary folder on
 * every JVM start. Point its own system property {@code -Donnxruntime.native.path=<folder>} at a
 * folder holding {@code libonnxruntime.so} and {@code libonnxruntime4j_jni.so} (unpacked once from
 * the jar's {@code ai/onnxruntime/native/<os-arch>/}) to load them from there instead.
 *
 * <p>The {@code OrtEnvironment} is a process-wide singleton shared by every model; nothing here
 * closes it.
 */
package io.devopssim.ml;
