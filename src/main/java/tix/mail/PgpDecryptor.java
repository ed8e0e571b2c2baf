package tix.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.UnaryOperator;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import tix.domain.DomainException;

/**
 * Decrypts customers' PGP blocks with the desk's private key (BouncyCastle, lightweight API: no JCE provider). The
 * key is an armored secret key file named in the config file; it never enters the database.
 */
public final class PgpDecryptor implements UnaryOperator<String> {
    private final PGPSecretKeyRingCollection keys;
    private final char[] passphrase;

    public PgpDecryptor(Path keyFile, String passphrase) {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(keyFile))) {
            this.keys = new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
        } catch (NoSuchFileException e) {
            throw DomainException.usage("no PGP key file " + keyFile, "check mail.pgp_key in the config file");
        } catch (IOException | PGPException | RuntimeException e) {
            throw DomainException.usage("cannot read the PGP key " + keyFile, "an armored secret key (gpg --export-secret-keys -a)");
        }
        this.passphrase = passphrase == null ? new char[0] : passphrase.toCharArray();
    }

    /** The clear text of one armored block; a block not for this key stays [encrypted] with a reason. */
    @Override
    public String apply(String armored) {
        try {
            return decrypt(armored);
        } catch (PGPException | IOException | RuntimeException e) {
            if (e instanceof DomainException) throw (DomainException) e;
            return "[encrypted: cannot decrypt: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + "]";
        }
    }

    private String decrypt(String armored) throws IOException, PGPException {
        InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)));
        BcPGPObjectFactory f = new BcPGPObjectFactory(in);
        Object o = f.nextObject();
        PGPEncryptedDataList list = o instanceof PGPEncryptedDataList ? (PGPEncryptedDataList) o
                : (PGPEncryptedDataList) f.nextObject();
        Iterator<PGPEncryptedData> it = list.getEncryptedDataObjects();
        while (it.hasNext()) {
            PGPEncryptedData ed = it.next();
            if (!(ed instanceof PGPPublicKeyEncryptedData)) continue;
            PGPPublicKeyEncryptedData pked = (PGPPublicKeyEncryptedData) ed;
            PGPSecretKey secret = keys.getSecretKey(pked.getKeyID());
            if (secret == null) continue;
            PGPPrivateKey key;
            try {
                key = secret.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                        .build(passphrase));
            } catch (PGPException e) {
                throw DomainException.usage("cannot unlock the PGP key", "check TIX_PGP_PASSPHRASE or mail.pgp_passphrase");
            }
            InputStream clear = pked.getDataStream(new BcPublicKeyDataDecryptorFactory(key));
            BcPGPObjectFactory pf = new BcPGPObjectFactory(clear);
            Object m = pf.nextObject();
            if (m instanceof PGPCompressedData) {
                pf = new BcPGPObjectFactory(((PGPCompressedData) m).getDataStream());
                m = pf.nextObject();
            }
            if (!(m instanceof PGPLiteralData)) return "[encrypted: no literal data]";
            byte[] bytes = ((PGPLiteralData) m).getInputStream().readAllBytes();
            if (pked.isIntegrityProtected() && !pked.verify()) return "[encrypted: integrity check failed]";
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return "[encrypted: not for this desk's key]";
    }
}
