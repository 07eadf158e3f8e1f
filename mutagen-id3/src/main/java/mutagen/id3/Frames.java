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
        Supplier<? extends Frame> s = Holder.V23.get(frameId);
        return s == null ? null : s.get();
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
        Map<String, Supplier<? extends Frame>> m = new LinkedHashMap<>();
        m.put("AENC", AENC::new);
        m.put("APIC", APIC::new);
        m.put("ASPI", ASPI::new);
        m.put("CHAP", CHAP::new);
        m.put("COMM", COMM::new);
        m.put("COMR", COMR::new);
        m.put("CTOC", CTOC::new);
        m.put("ENCR", ENCR::new);
        m.put("EQU2", EQU2::new);
        m.put("ETCO", ETCO::new);
        m.put("GEOB", GEOB::new);
        m.put("GRID", GRID::new);
        m.put("GRP1", GRP1::new);
        m.put("IPLS", IPLS::new);
        m.put("LINK", LINK::new);
        m.put("MCDI", MCDI::new);
        m.put("MLLT", MLLT::new);
        m.put("MVIN", MVIN::new);
        m.put("MVNM", MVNM::new);
        m.put("OWNE", OWNE::new);
        m.put("PCNT", PCNT::new);
        m.put("PCST", PCST::new);
        m.put("POPM", POPM::new);
        m.put("POSS", POSS::new);
        m.put("PRIV", PRIV::new);
        m.put("RBUF", RBUF::new);
        m.put("RVA2", RVA2::new);
        m.put("RVAD", RVAD::new);
        m.put("RVRB", RVRB::new);
        m.put("SEEK", SEEK::new);
        m.put("SIGN", SIGN::new);
        m.put("SYLT", SYLT::new);
        m.put("SYTC", SYTC::new);
        m.put("TALB", TALB::new);
        m.put("TBPM", TBPM::new);
        m.put("TCAT", TCAT::new);
        m.put("TCMP", TCMP::new);
        m.put("TCOM", TCOM::new);
        m.put("TCON", TCON::new);
        m.put("TCOP", TCOP::new);
        m.put("TDAT", TDAT::new);
        m.put("TDEN", TDEN::new);
        m.put("TDES", TDES::new);
        m.put("TDLY", TDLY::new);
        m.put("TDOR", TDOR::new);
        m.put("TDRC", TDRC::new);
        m.put("TDRL", TDRL::new);
        m.put("TDTG", TDTG::new);
        m.put("TENC", TENC::new);
        m.put("TEXT", TEXT::new);
        m.put("TFLT", TFLT::new);
        m.put("TGID", TGID::new);
        m.put("TIME", TIME::new);
        m.put("TIPL", TIPL::new);
        m.put("TIT1", TIT1::new);
        m.put("TIT2", TIT2::new);
        m.put("TIT3", TIT3::new);
        m.put("TKEY", TKEY::new);
        m.put("TKWD", TKWD::new);
        m.put("TLAN", TLAN::new);
        m.put("TLEN", TLEN::new);
        m.put("TMCL", TMCL::new);
        m.put("TMED", TMED::new);
        m.put("TMOO", TMOO::new);
        m.put("TOAL", TOAL::new);
        m.put("TOFN", TOFN::new);
        m.put("TOLY", TOLY::new);
        m.put("TOPE", TOPE::new);
        m.put("TORY", TORY::new);
        m.put("TOWN", TOWN::new);
        m.put("TPE1", TPE1::new);
        m.put("TPE2", TPE2::new);
        m.put("TPE3", TPE3::new);
        m.put("TPE4", TPE4::new);
        m.put("TPOS", TPOS::new);
        m.put("TPRO", TPRO::new);
        m.put("TPUB", TPUB::new);
        m.put("TRCK", TRCK::new);
        m.put("TRDA", TRDA::new);
        m.put("TRSN", TRSN::new);
        m.put("TRSO", TRSO::new);
        m.put("TSIZ", TSIZ::new);
        m.put("TSO2", TSO2::new);
        m.put("TSOA", TSOA::new);
        m.put("TSOC", TSOC::new);
        m.put("TSOP", TSOP::new);
        m.put("TSOT", TSOT::new);
        m.put("TSRC", TSRC::new);
        m.put("TSSE", TSSE::new);
        m.put("TSST", TSST::new);
        m.put("TXXX", TXXX::new);
        m.put("TYER", TYER::new);
        m.put("UFID", UFID::new);
        m.put("USER", USER::new);
        m.put("USLT", USLT::new);
        m.put("WCOM", WCOM::new);
        m.put("WCOP", WCOP::new);
        m.put("WFED", WFED::new);
        m.put("WOAF", WOAF::new);
        m.put("WOAR", WOAR::new);
        m.put("WOAS", WOAS::new);
        m.put("WORS", WORS::new);
        m.put("WPAY", WPAY::new);
        m.put("WPUB", WPUB::new);
        m.put("WXXX", WXXX::new);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Supplier<? extends Frame>> build22() {
        Map<String, Supplier<? extends Frame>> m = new LinkedHashMap<>();
        m.put("BUF", BUF::new);
        m.put("CNT", CNT::new);
        m.put("COM", COM::new);
        m.put("CRA", CRA::new);
        m.put("CRM", CRM::new);
        m.put("ETC", ETC::new);
        m.put("GEO", GEO::new);
        m.put("GP1", GP1::new);
        m.put("IPL", IPL::new);
        m.put("LNK", LNK::new);
        m.put("MCI", MCI::new);
        m.put("MLL", MLL::new);
        m.put("MVI", MVI::new);
        m.put("MVN", MVN::new);
        m.put("PIC", PIC::new);
        m.put("POP", POP::new);
        m.put("REV", REV::new);
        m.put("RVA", RVA::new);
        m.put("SLT", SLT::new);
        m.put("STC", STC::new);
        m.put("TAL", TAL::new);
        m.put("TBP", TBP::new);
        m.put("TCM", TCM::new);
        m.put("TCO", TCO::new);
        m.put("TCP", TCP::new);
        m.put("TCR", TCR::new);
        m.put("TDA", TDA::new);
        m.put("TDY", TDY::new);
        m.put("TEN", TEN::new);
        m.put("TFT", TFT::new);
        m.put("TIM", TIM::new);
        m.put("TKE", TKE::new);
        m.put("TLA", TLA::new);
        m.put("TLE", TLE::new);
        m.put("TMT", TMT::new);
        m.put("TOA", TOA::new);
        m.put("TOF", TOF::new);
        m.put("TOL", TOL::new);
        m.put("TOR", TOR::new);
        m.put("TOT", TOT::new);
        m.put("TP1", TP1::new);
        m.put("TP2", TP2::new);
        m.put("TP3", TP3::new);
        m.put("TP4", TP4::new);
        m.put("TPA", TPA::new);
        m.put("TPB", TPB::new);
        m.put("TRC", TRC::new);
        m.put("TRD", TRD::new);
        m.put("TRK", TRK::new);
        m.put("TS2", TS2::new);
        m.put("TSA", TSA::new);
        m.put("TSC", TSC::new);
        m.put("TSI", TSI::new);
        m.put("TSP", TSP::new);
        m.put("TSS", TSS::new);
        m.put("TST", TST::new);
        m.put("TT1", TT1::new);
        m.put("TT2", TT2::new);
        m.put("TT3", TT3::new);
        m.put("TXT", TXT::new);
        m.put("TXX", TXX::new);
        m.put("TYE", TYE::new);
        m.put("UFI", UFI::new);
        m.put("ULT", ULT::new);
        m.put("WAF", WAF::new);
        m.put("WAR", WAR::new);
        m.put("WAS", WAS::new);
        m.put("WCM", WCM::new);
        m.put("WCP", WCP::new);
        m.put("WPB", WPB::new);
        m.put("WXX", WXX::new);
        return Collections.unmodifiableMap(m);
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
