#!/usr/bin/python3
"""Writes the small ONNX models that the ml module's tests load.

Run from the repository root:  /usr/bin/python3 ml/training/test-models/make_test_models.py

Every weight, bias and reference input is a small multiple of 1/8, so each product and sum is
exact in float32 whatever order ONNX Runtime adds in; the Java tests recompute the outputs from
the same weights and expect them bit for bit. The output is deterministic: no randomness is used.
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "test", "resources",
                   "io", "devopssim", "ml", "testmodels")
OPSET = [helper.make_opsetid("", 13)]


def linear_weights(scale):
    """Returns a 4x3 weight matrix and a bias of 3, both multiples of 1/8."""
    w = np.array([[1, -2, 3], [0.5, 0.25, -1], [-0.125, 2, 1.5], [4, -0.5, 0.75]],
                 dtype=np.float32) * np.float32(scale)
    b = np.array([0.5, -1, 0.125], dtype=np.float32) * np.float32(scale)
    return w, b


def save(name, graph, metadata):
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="make_test_models")
    model.ir_version = 8
    onnx.checker.check_model(model)
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "model.onnx"), "wb") as f:
        f.write(model.SerializeToString())
    with open(os.path.join(folder, "model.json"), "w") as f:
        json.dump(metadata, f, indent=2)
        f.write("\n")


def metadata(name, description, in_shape, out_shape, features, inputs, outputs, **extra):
    meta = {
        "name": name, "version": "1.0.0", "description": description,
        "trainedOn": "nothing: fixed weights written by make_test_models.py",
        "input": {"name": "input", "shape": in_shape},
        "output": {"name": "output", "shape": out_shape},
        "features": features,
    }
    meta.update(extra)
    meta["reference"] = {"inputs": [r.ravel().tolist() for r in inputs],
                         "outputs": [r.ravel().tolist() for r in outputs]}
    return meta


REFERENCE_ROWS = np.array([[0, 0, 0, 0], [1, 2, 3, 4], [-1.5, 0.25, 8, -0.125]],
                          dtype=np.float32)


def linear(name, scale):
    w, b = linear_weights(scale)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["input", "W"], ["xw"]),
         helper.make_node("Add", ["xw", "B"], ["output"])],
        name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 4])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 3])],
        [numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "B")])
    outputs = REFERENCE_ROWS @ w + b
    save(name, graph, metadata(
        name, "y = x W + b, 4 inputs, 3 outputs, weights scaled by %g" % scale,
        [-1, 4], [-1, 3], ["a", "b", "c", "d"], REFERENCE_ROWS, outputs,
        normalisation={"mean": [0, 0, 0, 0], "std": [1, 1, 1, 1]},
        training={"seed": 0, "data": "none"}))


def window_sum():
    """Input [batch, 5, 2]: output is the sum over the window of (first + 2 * second channel)."""
    w = np.tile(np.array([[1], [2]], dtype=np.float32), (5, 1))
    graph = helper.make_graph(
        [helper.make_node("Flatten", ["input"], ["flat"], axis=1),
         helper.make_node("MatMul", ["flat", "W"], ["output"])],
        "window-sum",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 5, 2])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 1])],
        [numpy_helper.from_array(w, "W")])
    inputs = np.arange(20, dtype=np.float32).reshape(2, 5, 2) / np.float32(4)
    outputs = inputs.reshape(2, 10) @ w
    features = ["%s[t-%d]" % (c, 4 - t) for t in range(5) for c in ("x", "y")]
    save("window-sum", graph, metadata(
        "window-sum", "sum over a window of 5 steps of x + 2y", [-1, 5, 2], [-1, 1],
        features, list(inputs), outputs, window=5))


def double_input():
    """A model whose input is float64: the loader must refuse it (float32 only)."""
    graph = helper.make_graph(
        [helper.make_node("Cast", ["input"], ["output"], to=TensorProto.FLOAT)],
        "double-input",
        [helper.make_tensor_value_info("input", TensorProto.DOUBLE, ["batch", 4])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 4])], [])
    save("double-input", graph, metadata(
        "double-input", "casts float64 to float32", [-1, 4], [-1, 4], ["a", "b", "c", "d"],
        REFERENCE_ROWS, REFERENCE_ROWS))


def symbolic_features():
    """A model whose feature axis is symbolic: the loader must refuse it."""
    graph = helper.make_graph(
        [helper.make_node("Relu", ["input"], ["output"])],
        "symbolic-features",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", "features"])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", "features"])], [])
    save("symbolic-features", graph, metadata(
        "symbolic-features", "relu over any number of features", [-1, 4], [-1, 4],
        ["a", "b", "c", "d"], REFERENCE_ROWS, np.maximum(REFERENCE_ROWS, 0)))


def two_outputs():
    """linear-a plus a second, int64 output (the arg max) that the Java side does not read."""
    w, b = linear_weights(1.0)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["input", "W"], ["xw"]),
         helper.make_node("Add", ["xw", "B"], ["output"]),
         helper.make_node("ArgMax", ["output"], ["label"], axis=1, keepdims=0)],
        "two-outputs",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 4])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, ["batch"]),
         helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 3])],
        [numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "B")])
    save("two-outputs", graph, metadata(
        "two-outputs", "linear-a with an extra int64 label output", [-1, 4], [-1, 3],
        ["a", "b", "c", "d"], REFERENCE_ROWS, REFERENCE_ROWS @ w + b))


if __name__ == "__main__":
    linear("linear-a", 1.0)
    linear("linear-b", -0.5)
    window_sum()
    double_input()
    symbolic_features()
    two_outputs()
    with open(os.path.join(OUT, "index.txt"), "w") as f:
        f.write("# test models that pass every check\nlinear-a\nlinear-b\nwindow-sum\ntwo-outputs\n")
