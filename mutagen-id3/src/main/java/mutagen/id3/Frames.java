// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The frame registry: every supported frame ID and how to create its frame.
 *
 * <p>Mirrors {@code mutagen.id3.Frames} (the 105 ID3v2.3/2.4 frames) and {@code mutagen.id3.Frames_2_2}
 * (the 71 ID3v2.2 frames, via {@link #v22()}). The maps are built once, on first use, in a holder class.
 */
public final class Frames {
    private Frames() {
    }

    private static final class Holder {
        static final Map<String, Supplier<? extends Frame>> V23 = build23();
        static final Map<String, Supplier<? extends Frame>> V22 = build22();
        static final Map<String, String> PARENTS = buildParents();
    }

    /** The v2.3/v2.4 frames by ID (read-only). */
    public static Map<String, Supplier<? extends Frame>> v23() {
        return Holder.V23;
    }

    /** The v2.2 frames by three-letter ID (read-only; mutagen's {@code Frames_2_2}). */
    public static Map<String, Supplier<? extends Frame>> v22() {
        return Holder.V22;
    }

    /** A new frame of a v2.3/v2.4 ID, or {@code null} for an unknown ID. */
    public static Frame create(String frameId) {
        return newV23(frameId);
    }

    /** The v2.3/v2.4 ID a v2.2 frame is upgraded to, or {@code null} (CRM, or not a v2.2 ID). */
    public static String v22Parent(String frameId) {
        return Holder.PARENTS.get(frameId);
    }

    /** Whether an ID is made of upper-case letters and digits only (mutagen's {@code is_valid_frame_id}). */
    public static boolean isValidFrameId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        boolean cased = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    private static Map<String, Supplier<? extends Frame>> build23() {
        return byId(V23_IDS);
    }

    private static Map<String, Supplier<? extends Frame>> build22() {
        return byId(V22_IDS);
    }

    /** The map of IDs to factories; each factory creates its frame through {@link #newV23}/{@link #newV22}. */
    private static Map<String, Supplier<? extends Frame>> byId(String[] ids) {
        Map<String, Supplier<? extends Frame>> m = new LinkedHashMap<>();
        for (String id : ids) {
            m.put(id, new Factory(id));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Creates the frame of one ID. One class for every ID, rather than a lambda per frame class: building the
     * registry then loads no frame class, and a process loads only the frame classes its files contain (a third
     * of {@code mutagen-inspect}'s start-up went to loading all 176 and their lambdas).
     */
    private static final class Factory implements Supplier<Frame> {
        private final String id;

        Factory(String id) {
            this.id = id;
        }

        @Override
        public Frame get() {
            Frame f = id.length() == 3 ? newV22(id) : newV23(id);
            if (f == null) {
                throw new IllegalStateException("no frame class for " + id);
            }
            // Each class of the registry is named after its ID (checked by ID3FramesTest): no class lookup later.
            f.knownFrameId(id);
            return f;
        }

        @Override
        public String toString() {
            return "Frames.Factory[" + id + "]";
        }
    }

    private static final String[] V23_IDS = {
        "AENC", "APIC", "ASPI", "CHAP", "COMM", "COMR", "CTOC", "ENCR", "EQU2", "ETCO", "GEOB", "GRID", "GRP1",
        "IPLS", "LINK", "MCDI", "MLLT", "MVIN", "MVNM", "OWNE", "PCNT", "PCST", "POPM", "POSS", "PRIV", "RBUF",
        "RVA2", "RVAD", "RVRB", "SEEK", "SIGN", "SYLT", "SYTC", "TALB", "TBPM", "TCAT", "TCMP", "TCOM", "TCON",
        "TCOP", "TDAT", "TDEN", "TDES", "TDLY", "TDOR", "TDRC", "TDRL", "TDTG", "TENC", "TEXT", "TFLT", "TGID",
        "TIME", "TIPL", "TIT1", "TIT2", "TIT3", "TKEY", "TKWD", "TLAN", "TLEN", "TMCL", "TMED", "TMOO", "TOAL",
        "TOFN", "TOLY", "TOPE", "TORY", "TOWN", "TPE1", "TPE2", "TPE3", "TPE4", "TPOS", "TPRO", "TPUB", "TRCK",
        "TRDA", "TRSN", "TRSO", "TSIZ", "TSO2", "TSOA", "TSOC", "TSOP", "TSOT", "TSRC", "TSSE", "TSST", "TXXX",
        "TYER", "UFID", "USER", "USLT", "WCOM", "WCOP", "WFED", "WOAF", "WOAR", "WOAS", "WORS", "WPAY", "WPUB",
        "WXXX"
    };

    private static final String[] V22_IDS = {
        "BUF", "CNT", "COM", "CRA", "CRM", "ETC", "GEO", "GP1", "IPL", "LNK", "MCI", "MLL", "MVI", "MVN", "PIC",
        "POP", "REV", "RVA", "SLT", "STC", "TAL", "TBP", "TCM", "TCO", "TCP", "TCR", "TDA", "TDY", "TEN", "TFT",
        "TIM", "TKE", "TLA", "TLE", "TMT", "TOA", "TOF", "TOL", "TOR", "TOT", "TP1", "TP2", "TP3", "TP4", "TPA",
        "TPB", "TRC", "TRD", "TRK", "TS2", "TSA", "TSC", "TSI", "TSP", "TSS", "TST", "TT1", "TT2", "TT3", "TXT",
        "TXX", "TYE", "UFI", "ULT", "WAF", "WAR", "WAS", "WCM", "WCP", "WPB", "WXX"
    };

    /** A new v2.3/v2.4 frame of the ID, or {@code null}. */
    private static Frame newV23(String id) {
        return switch (id) {
            case "AENC" -> new AENC();
            case "APIC" -> new APIC();
            case "ASPI" -> new ASPI();
            case "CHAP" -> new CHAP();
            case "COMM" -> new COMM();
            case "COMR" -> new COMR();
            case "CTOC" -> new CTOC();
            case "ENCR" -> new ENCR();
            case "EQU2" -> new EQU2();
            case "ETCO" -> new ETCO();
            case "GEOB" -> new GEOB();
            case "GRID" -> new GRID();
            case "GRP1" -> new GRP1();
            case "IPLS" -> new IPLS();
            case "LINK" -> new LINK();
            case "MCDI" -> new MCDI();
            case "MLLT" -> new MLLT();
            case "MVIN" -> new MVIN();
            case "MVNM" -> new MVNM();
            case "OWNE" -> new OWNE();
            case "PCNT" -> new PCNT();
            case "PCST" -> new PCST();
            case "POPM" -> new POPM();
            case "POSS" -> new POSS();
            case "PRIV" -> new PRIV();
            case "RBUF" -> new RBUF();
            case "RVA2" -> new RVA2();
            case "RVAD" -> new RVAD();
            case "RVRB" -> new RVRB();
            case "SEEK" -> new SEEK();
            case "SIGN" -> new SIGN();
            case "SYLT" -> new SYLT();
            case "SYTC" -> new SYTC();
            case "TALB" -> new TALB();
            case "TBPM" -> new TBPM();
            case "TCAT" -> new TCAT();
            case "TCMP" -> new TCMP();
            case "TCOM" -> new TCOM();
            case "TCON" -> new TCON();
            case "TCOP" -> new TCOP();
            case "TDAT" -> new TDAT();
            case "TDEN" -> new TDEN();
            case "TDES" -> new TDES();
            case "TDLY" -> new TDLY();
            case "TDOR" -> new TDOR();
            case "TDRC" -> new TDRC();
            case "TDRL" -> new TDRL();
            case "TDTG" -> new TDTG();
            case "TENC" -> new TENC();
            case "TEXT" -> new TEXT();
            case "TFLT" -> new TFLT();
            case "TGID" -> new TGID();
            case "TIME" -> new TIME();
            case "TIPL" -> new TIPL();
            case "TIT1" -> new TIT1();
            case "TIT2" -> new TIT2();
            case "TIT3" -> new TIT3();
            case "TKEY" -> new TKEY();
            case "TKWD" -> new TKWD();
            case "TLAN" -> new TLAN();
            case "TLEN" -> new TLEN();
            case "TMCL" -> new TMCL();
            case "TMED" -> new TMED();
            case "TMOO" -> new TMOO();
            case "TOAL" -> new TOAL();
            case "TOFN" -> new TOFN();
            case "TOLY" -> new TOLY();
            case "TOPE" -> new TOPE();
            case "TORY" -> new TORY();
            case "TOWN" -> new TOWN();
            case "TPE1" -> new TPE1();
            case "TPE2" -> new TPE2();
            case "TPE3" -> new TPE3();
            case "TPE4" -> new TPE4();
            case "TPOS" -> new TPOS();
            case "TPRO" -> new TPRO();
            case "TPUB" -> new TPUB();
            case "TRCK" -> new TRCK();
            case "TRDA" -> new TRDA();
            case "TRSN" -> new TRSN();
            case "TRSO" -> new TRSO();
            case "TSIZ" -> new TSIZ();
            case "TSO2" -> new TSO2();
            case "TSOA" -> new TSOA();
            case "TSOC" -> new TSOC();
            case "TSOP" -> new TSOP();
            case "TSOT" -> new TSOT();
            case "TSRC" -> new TSRC();
            case "TSSE" -> new TSSE();
            case "TSST" -> new TSST();
            case "TXXX" -> new TXXX();
            case "TYER" -> new TYER();
            case "UFID" -> new UFID();
            case "USER" -> new USER();
            case "USLT" -> new USLT();
            case "WCOM" -> new WCOM();
            case "WCOP" -> new WCOP();
            case "WFED" -> new WFED();
            case "WOAF" -> new WOAF();
            case "WOAR" -> new WOAR();
            case "WOAS" -> new WOAS();
            case "WORS" -> new WORS();
            case "WPAY" -> new WPAY();
            case "WPUB" -> new WPUB();
            case "WXXX" -> new WXXX();
            default -> null;
        };
    }

    /** A new v2.2 frame of the three-letter ID, or {@code null}. */
    private static Frame newV22(String id) {
        return switch (id) {
            case "BUF" -> new BUF();
            case "CNT" -> new CNT();
            case "COM" -> new COM();
            case "CRA" -> new CRA();
            case "CRM" -> new CRM();
            case "ETC" -> new ETC();
            case "GEO" -> new GEO();
            case "GP1" -> new GP1();
            case "IPL" -> new IPL();
            case "LNK" -> new LNK();
            case "MCI" -> new MCI();
            case "MLL" -> new MLL();
            case "MVI" -> new MVI();
            case "MVN" -> new MVN();
            case "PIC" -> new PIC();
            case "POP" -> new POP();
            case "REV" -> new REV();
            case "RVA" -> new RVA();
            case "SLT" -> new SLT();
            case "STC" -> new STC();
            case "TAL" -> new TAL();
            case "TBP" -> new TBP();
            case "TCM" -> new TCM();
            case "TCO" -> new TCO();
            case "TCP" -> new TCP();
            case "TCR" -> new TCR();
            case "TDA" -> new TDA();
            case "TDY" -> new TDY();
            case "TEN" -> new TEN();
            case "TFT" -> new TFT();
            case "TIM" -> new TIM();
            case "TKE" -> new TKE();
            case "TLA" -> new TLA();
            case "TLE" -> new TLE();
            case "TMT" -> new TMT();
            case "TOA" -> new TOA();
            case "TOF" -> new TOF();
            case "TOL" -> new TOL();
            case "TOR" -> new TOR();
            case "TOT" -> new TOT();
            case "TP1" -> new TP1();
            case "TP2" -> new TP2();
            case "TP3" -> new TP3();
            case "TP4" -> new TP4();
            case "TPA" -> new TPA();
            case "TPB" -> new TPB();
            case "TRC" -> new TRC();
            case "TRD" -> new TRD();
            case "TRK" -> new TRK();
            case "TS2" -> new TS2();
            case "TSA" -> new TSA();
            case "TSC" -> new TSC();
            case "TSI" -> new TSI();
            case "TSP" -> new TSP();
            case "TSS" -> new TSS();
            case "TST" -> new TST();
            case "TT1" -> new TT1();
            case "TT2" -> new TT2();
            case "TT3" -> new TT3();
            case "TXT" -> new TXT();
            case "TXX" -> new TXX();
            case "TYE" -> new TYE();
            case "UFI" -> new UFI();
            case "ULT" -> new ULT();
            case "WAF" -> new WAF();
            case "WAR" -> new WAR();
            case "WAS" -> new WAS();
            case "WCM" -> new WCM();
            case "WCP" -> new WCP();
            case "WPB" -> new WPB();
            case "WXX" -> new WXX();
            default -> null;
        };
    }

    private static Map<String, String> buildParents() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("BUF", "RBUF");
        p.put("CNT", "PCNT");
        p.put("COM", "COMM");
        p.put("CRA", "AENC");
        p.put("ETC", "ETCO");
        p.put("GEO", "GEOB");
        p.put("GP1", "GRP1");
        p.put("IPL", "IPLS");
        p.put("LNK", "LINK");
        p.put("MCI", "MCDI");
        p.put("MLL", "MLLT");
        p.put("MVI", "MVIN");
        p.put("MVN", "MVNM");
        p.put("PIC", "APIC");
        p.put("POP", "POPM");
        p.put("REV", "RVRB");
        p.put("RVA", "RVAD");
        p.put("SLT", "SYLT");
        p.put("STC", "SYTC");
        p.put("TAL", "TALB");
        p.put("TBP", "TBPM");
        p.put("TCM", "TCOM");
        p.put("TCO", "TCON");
        p.put("TCP", "TCMP");
        p.put("TCR", "TCOP");
        p.put("TDA", "TDAT");
        p.put("TDY", "TDLY");
        p.put("TEN", "TENC");
        p.put("TFT", "TFLT");
        p.put("TIM", "TIME");
        p.put("TKE", "TKEY");
        p.put("TLA", "TLAN");
        p.put("TLE", "TLEN");
        p.put("TMT", "TMED");
        p.put("TOA", "TOPE");
        p.put("TOF", "TOFN");
        p.put("TOL", "TOLY");
        p.put("TOR", "TORY");
        p.put("TOT", "TOAL");
        p.put("TP1", "TPE1");
        p.put("TP2", "TPE2");
        p.put("TP3", "TPE3");
        p.put("TP4", "TPE4");
        p.put("TPA", "TPOS");
        p.put("TPB", "TPUB");
        p.put("TRC", "TSRC");
        p.put("TRD", "TRDA");
        p.put("TRK", "TRCK");
        p.put("TS2", "TSO2");
        p.put("TSA", "TSOA");
        p.put("TSC", "TSOC");
        p.put("TSI", "TSIZ");
        p.put("TSP", "TSOP");
        p.put("TSS", "TSSE");
        p.put("TST", "TSOT");
        p.put("TT1", "TIT1");
        p.put("TT2", "TIT2");
        p.put("TT3", "TIT3");
        p.put("TXT", "TEXT");
        p.put("TXX", "TXXX");
        p.put("TYE", "TYER");
        p.put("UFI", "UFID");
        p.put("ULT", "USLT");
        p.put("WAF", "WOAF");
        p.put("WAR", "WOAR");
        p.put("WAS", "WOAS");
        p.put("WCM", "WCOM");
        p.put("WCP", "WCOP");
        p.put("WPB", "WPUB");
        p.put("WXX", "WXXX");
        return Collections.unmodifiableMap(p);
    }
}
