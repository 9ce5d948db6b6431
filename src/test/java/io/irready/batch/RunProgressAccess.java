package io.irready.batch;

/** Lets tests outside the package move a run's progress as the collect step does. */
public final class RunProgressAccess {

    private RunProgressAccess() {
    }

    public static void collecting(RunProgress progress, int accounts) {
        progress.collecting(accounts);
    }

    public static void accountDone(RunProgress progress) {
        progress.accountDone();
    }
}
