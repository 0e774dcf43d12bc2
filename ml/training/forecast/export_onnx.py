"""Writes XGBoost boosters (one per output) as one ONNX ai.onnx.ml TreeEnsembleRegressor.

Built with onnx.helper from each booster's JSON model; base_score is folded into the leaves of the
booster's first tree (in float32, as XGBoost adds it), which makes ONNX Runtime's sums follow
XGBoost's own float32 order.
"""
import json

import numpy as np
import onnx
from onnx import TensorProto, helper


def base_score(model):
    """XGBoost 1.x writes "5E-1", 3.x writes "[5E-1]"."""
    text = model["learner"]["learner_model_param"]["base_score"]
    return float(text.strip("[]"))


def trees(booster):
    model = json.loads(booster.save_raw("json"))
    return model["learner"]["gradient_booster"]["model"]["trees"], base_score(model)


def write(boosters, n_features, path):
    a = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values",
                         "nodes_modes", "nodes_truenodeids", "nodes_falsenodeids",
                         "nodes_missing_value_tracks_true", "target_treeids", "target_nodeids",
                         "target_ids", "target_weights"]}
    tree_id = 0
    for target, booster in enumerate(boosters):
        tree_list, base = trees(booster)
        for k, tree in enumerate(tree_list):
            add_tree(a, tree, tree_id, target, base if k == 0 else None)
            tree_id += 1
    node = helper.make_node("TreeEnsembleRegressor", ["input"], ["output"],
                            domain="ai.onnx.ml", n_targets=len(boosters),
                            aggregate_function="SUM", post_transform="NONE", **a)
    graph = helper.make_graph(
        [node], "load-forecaster",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, n_features])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [None, len(boosters)])])
    model = helper.make_model(graph, producer_name="devopssim-training",
                              opset_imports=[helper.make_opsetid("", 13),
                                             helper.make_opsetid("ai.onnx.ml", 3)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


def add_tree(a, tree, tree_id, target, base):
    left, right = tree["left_children"], tree["right_children"]
    for i in range(len(left)):
        a["nodes_treeids"].append(tree_id)
        a["nodes_nodeids"].append(i)
        value = np.float32(tree["split_conditions"][i])
        if left[i] == -1:
            a["nodes_featureids"].append(0)
            a["nodes_values"].append(0.0)
            a["nodes_modes"].append("LEAF")
            a["nodes_truenodeids"].append(0)
            a["nodes_falsenodeids"].append(0)
            a["nodes_missing_value_tracks_true"].append(0)
            if base is not None:
                value = np.float32(np.float32(base) + value)
            a["target_treeids"].append(tree_id)
            a["target_nodeids"].append(i)
            a["target_ids"].append(target)
            a["target_weights"].append(float(value))
        else:
            a["nodes_featureids"].append(tree["split_indices"][i])
            a["nodes_values"].append(float(value))
            a["nodes_modes"].append("BRANCH_LT")
            a["nodes_truenodeids"].append(left[i])
            a["nodes_falsenodeids"].append(right[i])
            a["nodes_missing_value_tracks_true"].append(int(tree["default_left"][i]))
