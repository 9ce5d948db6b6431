package io.irready.it;

/** {@link EmulatorContract} on moto. */
class MotoContractIT extends EmulatorContract {

    @Override
    protected Emulator emulator() {
        return Emulator.moto();
    }
}
