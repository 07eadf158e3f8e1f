// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Inputs whose save breaks the reopen rule exactly as mutagen 1.48.1's save does (checked against it by hand), listed
 * in {@code accepted-findings.txt} beside the regression inputs: {@code SHA1 TARGET RULE -- what mutagen does}. Only
 * the reopen rule can be accepted ({@code reopen}: the saved file does not open as the format; {@code edit}: it opens
 * without the edit); every other rule holds for these inputs too. Byte-for-byte compatibility wins over the rule, so
 * such an input stays a regression input that must keep behaving this way or better.
 */
final class AcceptedFindings {
    private static final Map<String, String> RULES = load();

    private AcceptedFindings() {
    }

    /** Whether breaking {@code rule} ({@code reopen} or {@code edit}) is accepted for this input. */
    static boolean accepted(byte[] data, String rule) {
        return rule.equals(RULES.get(sha1(data)));
    }

    static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> load() {
        Map<String, String> rules = new HashMap<>();
        try (InputStream in = AcceptedFindings.class.getResourceAsStream("accepted-findings.txt")) {
            if (in == null) {
                return rules;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\s+", 4);
                if (f.length < 4 || !f[3].startsWith("--") || !(f[2].equals("reopen") || f[2].equals("edit"))) {
                    throw new IllegalStateException("accepted-findings.txt: bad line: " + line);
                }
                rules.put(f[0], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
