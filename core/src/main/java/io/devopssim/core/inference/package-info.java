/**
 * What a trained model is to the simulator: {@link io.devopssim.core.inference.InferenceEngine},
 * implemented on ONNX Runtime by the {@code ml} module.
 */
package io.devopssim.core.inference;
