package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says in a sentence why they are not text: binary formats by
 * their magic numbers, UTF-32 and UTF-16 by their byte-order mark or, without one, by the pattern
 * of zero bytes plain text in them has; then UTF-8. NUL and other control characters are looked
 * for in the whole text, not a prefix.
 */
final class TextDecoder {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoder() {
    }

    /** A decoded text and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    /** @throws IllegalArgumentException with the reason, when the bytes are not text */
    static Decoded decode(byte[] bytes) {
        String magic = binaryMagic(bytes);
        if (magic != null) {
            throw new IllegalArgumentException("not a text file (" + magic + "); newskg reads plain text (UTF-8, UTF-16) and HTML");
        }
        Decoded d = decodeText(bytes);
        String text = d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text();
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException("not a text file (binary data: a NUL character at offset " + i + " of the "
                    + d.encoding() + " text); newskg reads plain text");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (!text.isEmpty() && control * 20L > text.length()) {
            throw new IllegalArgumentException("not a text file (binary data: " + control + " control characters); newskg reads plain text");
        }
        return new Decoded(text, d.encoding());
    }

    private static Decoded decodeText(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(b, 4, UTF_32BE, "UTF-32BE");
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(b, 4, UTF_32LE, "UTF-32LE");
        }
        if (starts(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (starts(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        String guess = unmarkedWideEncoding(b);
        if (guess != null) {
            Charset cs = switch (guess) {
                case "UTF-32BE" -> UTF_32BE;
                case "UTF-32LE" -> UTF_32LE;
                case "UTF-16BE" -> StandardCharsets.UTF_16BE;
                default -> StandardCharsets.UTF_16LE;
            };
            return strict(b, 0, cs, guess);
        }
        return strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
    }

    /**
     * UTF-16 or UTF-32 text without a byte-order mark: mostly-ASCII text in them has a zero byte
     * in every other (or three of every four) byte, which UTF-8 text never has.
     */
    static String unmarkedWideEncoding(byte[] b) {
        int n = Math.min(b.length, 1 << 16) & ~3;
        if (n < 8) {
            return null;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int q = n / 4;
        if (zeros[1] > q * 0.9 && zeros[2] > q * 0.9 && zeros[3] > q * 0.9 && zeros[0] < q * 0.1) {
            return "UTF-32LE";
        }
        if (zeros[0] > q * 0.9 && zeros[1] > q * 0.9 && zeros[2] > q * 0.9 && zeros[3] < q * 0.1) {
            return "UTF-32BE";
        }
        int even = zeros[0] + zeros[2];
        int odd = zeros[1] + zeros[3];
        int half = n / 2;
        if (odd > half * 0.4 && even < half * 0.05) {
            return "UTF-16LE";
        }
        if (even > half * 0.4 && odd < half * 0.05) {
            return "UTF-16BE";
        }
        return null;
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, String name) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        try {
            return new Decoded(decoder.decode(in).toString(), name);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name.equals("UTF-8")
                ? "not valid UTF-8 (bad byte near offset " + in.position() + "); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
                : "looks like " + name + " text but does not decode as it (bad bytes near offset " + in.position()
                    + "); convert it first, e.g. iconv -f " + name + " -t UTF-8");
        }
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String binaryMagic(byte[] b) {
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive or Office document";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return "a JPEG image";
        }
        if (starts(b, 0x1f, 0x8b)) {
            return "a gzip archive";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, 0x7f, 'E', 'L', 'F')) {
            return "an executable";
        }
        return null;
    }
}
