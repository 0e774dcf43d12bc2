package io.devopssim.core.autoscale;

/** A reactive autoscaler for tests: answers whatever it was last told to. */
final class ScriptedAutoscaler implements Autoscaler {

    int answer;
    int calls;

    ScriptedAutoscaler(int answer) {
        this.answer = answer;
    }

    @Override
    public int recommend(ScalingInput input) {
        calls++;
        return answer;
    }

    @Override
    public String lastReason() {
        return "scripted " + answer;
    }
}
