package io.irready.export;

/** Signs an export's tag manifest, which covers the payload manifest, which covers every file. */
public interface ExportSigner {

    /** The tag file the signature is written to, e.g. signature-ed25519.txt. */
    String fileName();

    /** The signature file's content for this tag manifest. */
    String sign(byte[] tagManifest);
}
