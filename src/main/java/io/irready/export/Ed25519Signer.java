package io.irready.export;

import java.security.PrivateKey;

/** Signs with an Ed25519 private key from a PEM file; the signature file holds the base64 signature alone. */
public final class Ed25519Signer implements ExportSigner {

    static final String FILE = "signature-ed25519.txt";

    private final PrivateKey key;

    public Ed25519Signer(PrivateKey key) {
        this.key = key;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String sign(byte[] tagManifest) {
        return Signatures.sign(key, tagManifest) + "\n";
    }
}
