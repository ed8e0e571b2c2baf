package tix.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** A customer's PGP block: stored encrypted, shown as [encrypted], readable with show --decrypt and the desk's key. */
class PgpTest {
    @TempDir
    Path dir;

    static PGPSecretKey key(String passphrase) throws Exception {
        RSAKeyPairGenerator g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 12));
        BcPGPKeyPair kp = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, g.generateKeyPair(), new Date());
        PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
        return new PGPSecretKey(PGPSignature.DEFAULT_CERTIFICATION, kp, "Desk <support@example.com>", sha1, null, null,
                new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
                new BcPBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).build(passphrase.toCharArray()));
    }

    static String armoredSecret(PGPSecretKey k) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream a = new ArmoredOutputStream(out)) {
            k.encode(a);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    static String encrypt(String text, PGPPublicKey to) throws Exception {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PGPEncryptedDataGenerator gen = new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(PGPEncryptedData.AES_256)
                .setWithIntegrityPacket(true).setSecureRandom(new SecureRandom()));
        gen.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(to));
        try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
            try (OutputStream enc = gen.open(armored, new byte[4096])) {
                PGPLiteralDataGenerator lit = new PGPLiteralDataGenerator();
                try (OutputStream l = lit.open(enc, PGPLiteralData.UTF8, "", data.length, new Date())) {
                    l.write(data);
                }
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void anEncryptedBlockIsStoredEncryptedShownAsEncryptedAndDecryptedForStaffOnly() throws Exception {
        PGPSecretKey key = key("desk passphrase");
        Path keyFile = dir.resolve("desk.asc");
        Files.writeString(keyFile, armoredSecret(key));
        TixRunner tix = new TixRunner(dir).as("lead");
        tix.ok("init");
        String block = encrypt("My card number is 4111 1111 1111 1111", key.getPublicKey());
        String mail = "From: ana@example.org\r\nTo: support@example.com\r\nSubject: card\r\n"
                + "Message-ID: <pgp1@example.org>\r\n\r\nHere it is:\r\n\r\n" + block.replace("\n", "\r\n")
                + "\r\nThanks, Ana\r\n";
        var ingested = tix.runWithInput(mail, "mail", "ingest", "--json");
        assertEquals(0, ingested.code(), ingested.toString());
        assertFalse(ingested.out().contains("BEGIN PGP"), "even the printed ticket hides the block");

        String shown = tix.ok("show", "1").out();
        assertTrue(shown.contains("Here it is:") && shown.contains("[encrypted]") && shown.contains("Thanks, Ana"), shown);
        assertFalse(shown.contains("4111"));
        String json = tix.ok("show", "1", "--json").out();
        assertTrue(json.contains("[encrypted]") && !json.contains("4111") && !json.contains("BEGIN PGP"), json);
        assertTrue(tix.dump().contains("-----BEGIN PGP MESSAGE-----"), "stored as it came, encrypted");
        assertFalse(tix.dump().contains("4111"), "never stored in clear");

        var noKey = tix.run("show", "1", "--decrypt");
        assertEquals(2, noKey.code(), noKey.toString());
        assertTrue(noKey.err().startsWith("tix: no PGP private key configured"), noKey.err());

        Files.createDirectories(dir.resolve("config/tix"));
        Files.writeString(dir.resolve("config/tix/config"), "mail.pgp_key = " + keyFile + "\n");
        tix.env("TIX_PGP_PASSPHRASE", "desk passphrase");
        String clear = tix.ok("show", "1", "--decrypt").out();
        assertTrue(clear.contains("My card number is 4111 1111 1111 1111"), clear);
        assertFalse(clear.contains("[encrypted]"));

        tix.env("TIX_PGP_PASSPHRASE", "wrong");
        var wrong = tix.run("show", "1", "--decrypt");
        assertEquals(2, wrong.code(), wrong.toString());
        assertTrue(wrong.err().startsWith("tix: cannot unlock the PGP key"), wrong.err());

        tix.env("TIX_PGP_PASSPHRASE", "desk passphrase");
        tix.ok("agent", "add", "bo", "--role", "agent");
        var stranger = tix.as("mallory").run("show", "1", "--decrypt");
        assertEquals(5, stranger.code(), "only staff decrypt: " + stranger);
        assertFalse(stranger.out().contains("4111"));
    }
}
