// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static mutagen.id3.T.H22;
import static mutagen.id3.T.H23;
import static mutagen.id3.T.H24;
import static mutagen.id3.T.b;
import static mutagen.id3.T.fromData;
import static mutagen.id3.T.hex;
import static mutagen.id3.T.reader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import mutagen.util.ByteReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// Port of tests/test__id3frames.py
class ID3FramesTest {

    record Row(String id, byte[] data, Long intval, String pprint, String hashKey, Map<String, Object> fields) {
    }

    static Row row(String id, byte[] data, Long intval, String pprint, String hashKey, Map<String, Object> fields) {
        return new Row(id, data, intval, pprint, hashKey, fields);
    }

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // mutagen's TVariousFrames.DATA: frame ID, frame data, +frame, and the expected attributes; the pprint and
    // HashKey columns were taken from mutagen 1.48.1 for the same data.
    static final List<Row> DATA = List.of(
            row("TALB", hex("00612f62"), null, "TALB=a/b", "TALB", fields("encoding", 0L)),
            row("TBPM", hex("00313230"), 120L, "TBPM=120", "TBPM", fields("encoding", 0L)),
            row("TCMP", hex("0031"), 1L, "TCMP=1", "TCMP", fields("encoding", 0L)),
            row("TCMP", hex("0030"), 0L, "TCMP=0", "TCMP", fields("encoding", 0L)),
            row("TCOM", hex("00612f62"), null, "TCOM=a/b", "TCOM", fields("encoding", 0L)),
            row("TCON", hex("0028323129446973636f"), null, "TCON=Ska / Disco", "TCON", fields("encoding", 0L)),
            row("TCOP", hex("00313930302063"), null, "TCOP=1900 c", "TCOP", fields("encoding", 0L)),
            row("TDAT", hex("00612f62"), null, "TDAT=a/b", "TDAT", fields("encoding", 0L)),
            row("TDEN", hex("0031393837"), null, "TDEN=1987", "TDEN", fields("encoding", 0L, "year", List.of(1987L))),
            row("TDOR", hex("00313938372d3132"), null, "TDOR=1987-12", "TDOR", fields("encoding", 0L, "year", List.of(1987L), "month", List.of(12L))),
            row("TDRC", hex("003139383700"), null, "TDRC=1987", "TDRC", fields("encoding", 0L, "year", List.of(1987L))),
            row("TDRL", hex("00313938370031393838"), null, "TDRL=1987 / 1988", "TDRL", fields("encoding", 0L, "year", List.of(1987L, 1988L))),
            row("TDTG", hex("0031393837"), null, "TDTG=1987", "TDTG", fields("encoding", 0L, "year", List.of(1987L))),
            row("TDLY", hex("0031323035"), 1205L, "TDLY=1205", "TDLY", fields("encoding", 0L)),
            row("TENC", hex("006120622f632064"), null, "TENC=a b/c d", "TENC", fields("encoding", 0L)),
            row("TEXT", hex("0061206200632064"), null, "TEXT=a b / c d", "TEXT", fields("encoding", 0L)),
            row("TFLT", hex("004d50472f33"), null, "TFLT=MPG/3", "TFLT", fields("encoding", 0L)),
            row("TIME", hex("0031323035"), null, "TIME=1205", "TIME", fields("encoding", 0L)),
            row("TIPL", hex("02006100000062"), null, "TIPL=[unrepresentable data]", "TIPL", fields("encoding", 2L)),
            row("TIT1", hex("00612f62"), null, "TIT1=a/b", "TIT1", fields("encoding", 0L)),
            row("TIT2", hex("01fffe38000038"), null, "TIT2=8\u3800", "TIT2", fields("encoding", 1L)),
            row("TIT3", hex("00612f62"), null, "TIT3=a/b", "TIT3", fields("encoding", 0L)),
            row("TKEY", hex("0041236d"), null, "TKEY=A#m", "TKEY", fields("encoding", 0L)),
            row("TLAN", hex("0036323431"), null, "TLAN=6241", "TLAN", fields("encoding", 0L)),
            row("TLEN", hex("0036323431"), 6241L, "TLEN=6241", "TLEN", fields("encoding", 0L)),
            row("TMCL", hex("02006100000062"), null, "TMCL=[unrepresentable data]", "TMCL", fields("encoding", 2L)),
            row("TMED", hex("006d6564"), null, "TMED=med", "TMED", fields("encoding", 0L)),
            row("TMOO", hex("006d6f6f"), null, "TMOO=moo", "TMOO", fields("encoding", 0L)),
            row("TOAL", hex("00616c62"), null, "TOAL=alb", "TOAL", fields("encoding", 0L)),
            row("TOFN", hex("003132203a20626172"), null, "TOFN=12 : bar", "TOFN", fields("encoding", 0L)),
            row("TOLY", hex("006c7972"), null, "TOLY=lyr", "TOLY", fields("encoding", 0L)),
            row("TOPE", hex("006f776e2f6c6963"), null, "TOPE=own/lic", "TOPE", fields("encoding", 0L)),
            row("TORY", hex("0031393233"), 1923L, "TORY=1923", "TORY", fields("encoding", 0L)),
            row("TOWN", hex("006f776e2f6c6963"), null, "TOWN=own/lic", "TOWN", fields("encoding", 0L)),
            row("TPE1", hex("006162"), null, "TPE1=ab", "TPE1", fields("encoding", 0L)),
            row("TPE2", hex("006162006364006566"), null, "TPE2=ab / cd / ef", "TPE2", fields("encoding", 0L)),
            row("TPE3", hex("006162006364"), null, "TPE3=ab / cd", "TPE3", fields("encoding", 0L)),
            row("TPE4", hex("00616200"), null, "TPE4=ab", "TPE4", fields("encoding", 0L)),
            row("TPOS", hex("0030382f3332"), 8L, "TPOS=08/32", "TPOS", fields("encoding", 0L)),
            row("TPRO", hex("0070726f"), null, "TPRO=pro", "TPRO", fields("encoding", 0L)),
            row("TPUB", hex("00707562"), null, "TPUB=pub", "TPUB", fields("encoding", 0L)),
            row("TRCK", hex("00342f39"), 4L, "TRCK=4/9", "TRCK", fields("encoding", 0L)),
            row("TRDA", hex("0053756e204a756e203132"), null, "TRDA=Sun Jun 12", "TRDA", fields("encoding", 0L)),
            row("TRSN", hex("0061622f6364"), null, "TRSN=ab/cd", "TRSN", fields("encoding", 0L)),
            row("TRSO", hex("006162"), null, "TRSO=ab", "TRSO", fields("encoding", 0L)),
            row("TSIZ", hex("003132333435"), 12345L, "TSIZ=12345", "TSIZ", fields("encoding", 0L)),
            row("TSOA", hex("006162"), null, "TSOA=ab", "TSOA", fields("encoding", 0L)),
            row("TSOP", hex("006162"), null, "TSOP=ab", "TSOP", fields("encoding", 0L)),
            row("TSOT", hex("006162"), null, "TSOT=ab", "TSOT", fields("encoding", 0L)),
            row("TSO2", hex("006162"), null, "TSO2=ab", "TSO2", fields("encoding", 0L)),
            row("TSOC", hex("006162"), null, "TSOC=ab", "TSOC", fields("encoding", 0L)),
            row("TSRC", hex("003132333435"), null, "TSRC=12345", "TSRC", fields("encoding", 0L)),
            row("TSSE", hex("003132333435"), null, "TSSE=12345", "TSSE", fields("encoding", 0L)),
            row("TSST", hex("003132333435"), null, "TSST=12345", "TSST", fields("encoding", 0L)),
            row("TYER", hex("0032303034"), 2004L, "TYER=2004", "TYER", fields("encoding", 0L)),
            row("MVNM", hex("00616200"), null, "MVNM=ab", "MVNM", fields("encoding", 0L)),
            row("MVIN", hex("00312f3300"), 1L, "MVIN=1/3", "MVIN", fields("encoding", 0L)),
            row("GRP1", hex("00616200"), null, "GRP1=ab", "GRP1", fields("encoding", 0L)),
            row("TXXX", hex("0075737200612f620063"), null, "TXXX=usr=a/b / c", "TXXX:usr", fields("encoding", 0L, "desc", "usr")),
            row("WCOM", hex("687474703a2f2f666f6f"), null, "WCOM=http://foo", "WCOM:http://foo", fields()),
            row("WCOP", hex("687474703a2f2f626172"), null, "WCOP=http://bar", "WCOP", fields()),
            row("WOAF", hex("687474703a2f2f62617a"), null, "WOAF=http://baz", "WOAF", fields()),
            row("WOAR", hex("687474703a2f2f626172"), null, "WOAR=http://bar", "WOAR:http://bar", fields()),
            row("WOAS", hex("687474703a2f2f626172"), null, "WOAS=http://bar", "WOAS", fields()),
            row("WORS", hex("687474703a2f2f626172"), null, "WORS=http://bar", "WORS", fields()),
            row("WPAY", hex("687474703a2f2f626172"), null, "WPAY=http://bar", "WPAY", fields()),
            row("WPUB", hex("687474703a2f2f626172"), null, "WPUB=http://bar", "WPUB", fields()),
            row("WXXX", hex("007573720068747470"), null, "WXXX=http", "WXXX:usr", fields("encoding", 0L, "desc", "usr")),
            row("IPLS", hex("006100410062004200"), null, "IPLS=[unrepresentable data]", "IPLS", fields("encoding", 0L)),
            row("MCDI", hex("01020304"), null, "MCDI=[unrepresentable data]", "MCDI", fields()),
            row("ETCO", hex("011200007fff"), null, "ETCO=[unrepresentable data]", "ETCO", fields("format", 1L)),
            row("COMM", hex("00454e555400436f6d"), null, "COMM=T=ENU=Com", "COMM:T:ENU", fields("desc", "T", "lang", "ENU", "encoding", 0L)),
            row("APIC", hex("002d2d3e0003636f76657200636f7665722e6a7067"), null, "APIC=cover front, cover (-->, 9 bytes)", "APIC:cover", fields("mime", "-->", "type", 3L, "desc", "cover", "encoding", 0L)),
            row("USER", hex("00454e55436f6d"), null, "USER='ENU'=Com", "USER:ENU", fields("lang", "ENU", "encoding", 0L)),
            row("RVA2", hex("74657374646174610001fb8c101223"), null, "RVA2=[unrepresentable data]", "RVA2:testdata", fields("desc", "testdata", "channel", 1L, "gain", -2.22656, "peak", 0.14169)),
            row("RVA2", hex("74657374646174610001fb8c240122300000"), null, "RVA2=[unrepresentable data]", "RVA2:testdata", fields("desc", "testdata", "channel", 1L, "gain", -2.22656, "peak", 0.14169)),
            row("RVA2", hex("7465737464617461320001040100"), null, "RVA2=[unrepresentable data]", "RVA2:testdata2", fields("desc", "testdata2", "channel", 1L, "gain", 2.001953125, "peak", 0L)),
            row("PCNT", hex("00000011"), 17L, "PCNT=17", "PCNT", fields("count", 17L)),
            row("POPM", hex("666f6f406261722e6f726700de00000011"), 222L, "POPM=foo@bar.org=17 222/255", "POPM:foo@bar.org", fields("email", "foo@bar.org", "rating", 222L, "count", 17L)),
            row("POPM", hex("666f6f406261722e6f726700de00"), 222L, "POPM=foo@bar.org=0 222/255", "POPM:foo@bar.org", fields("email", "foo@bar.org", "rating", 222L, "count", 0L)),
            row("POPM", hex("666f6f406261722e6f726700de"), 222L, "POPM=foo@bar.org=None 222/255", "POPM:foo@bar.org", fields("email", "foo@bar.org", "rating", 222L)),
            row("UFID", hex("6f776e0064617461"), null, "UFID=own=b'data'", "UFID:own", fields("data", hex("64617461"), "owner", "own")),
            row("UFID", hex("6f776e00dd"), null, "UFID=own=b'\\xdd'", "UFID:own", fields("data", hex("dd"), "owner", "own")),
            row("GEOB", hex("006d696d65006e616d6500646573630064617461"), null, "GEOB=[unrepresentable data]", "GEOB:desc", fields("encoding", 0L, "mime", "mime", "filename", "name", "desc", "desc")),
            row("USLT", hex("00656e67736f6d65206c797269637300776f6f0a66756e"), null, "USLT=some lyrics=eng=woo\012fun", "USLT:some lyrics:eng", fields("encoding", 0L, "lang", "eng", "desc", "some lyrics", "text", "woo\012fun")),
            row("SYLT", hex("00656e670201736f6d65206c797269637300666f6f00000000016261720000000010"), null, "SYLT=[1ms]: foo\012[16ms]: bar", "SYLT:some lyrics:eng", fields("encoding", 0L, "lang", "eng", "type", 1L, "format", 2L, "desc", "some lyrics")),
            row("POSS", hex("010f"), 15L, "POSS=[unrepresentable data]", "POSS", fields("format", 1L, "position", 15L)),
            row("OWNE", hex("0055534431302e3031003230303431303130434442616279"), null, "OWNE=[unrepresentable data]", "OWNE", fields("encoding", 0L, "price", "USD10.01", "date", "20041010", "seller", "CDBaby")),
            row("PRIV", hex("6140622e6f72670072616e646f6d2064617461"), null, "PRIV=a@b.org=b'random data'", "PRIV:a@b.org:random data", fields("owner", "a@b.org", "data", hex("72616e646f6d2064617461"))),
            row("PRIV", hex("6140622e6f726700dd"), null, "PRIV=a@b.org=b'\\xdd'", "PRIV:a@b.org:\u00dd", fields("owner", "a@b.org", "data", hex("dd"))),
            row("SIGN", hex("926875683f"), null, "SIGN=[unrepresentable data]", "SIGN:146:huh?", fields("group", 146L, "sig", hex("6875683f"))),
            row("ENCR", hex("6140622e6f726700924461746121"), null, "ENCR=[unrepresentable data]", "ENCR:a@b.org", fields("owner", "a@b.org", "method", 146L, "data", hex("4461746121"))),
            row("SEEK", hex("00120056"), 1179734L, "SEEK=[unrepresentable data]", "SEEK", fields("offset", 1179734L)),
            row("SYTC", hex("01106f626172"), null, "SYTC=[unrepresentable data]", "SYTC", fields("format", 1L, "data", hex("106f626172"))),
            row("RBUF", hex("001200"), 4608L, "RBUF=[unrepresentable data]", "RBUF", fields("size", 4608L)),
            row("RBUF", hex("00120001"), 4608L, "RBUF=[unrepresentable data]", "RBUF", fields("size", 4608L, "info", 1L)),
            row("RBUF", hex("0012000100000023"), 4608L, "RBUF=[unrepresentable data]", "RBUF", fields("size", 4608L, "info", 1L, "offset", 35L)),
            row("RVRB", hex("121223230a0b0c0d0e0f1011"), null, "RVRB=[unrepresentable data]", "RVRB", fields("left", 4626L, "right", 8995L)),
            row("AENC", hex("6140622e6f72670000120023"), null, "AENC=[unrepresentable data]", "AENC:a@b.org", fields("owner", "a@b.org", "preview_start", 18L, "preview_length", 35L)),
            row("AENC", hex("6140622e6f7267000012002321"), null, "AENC=[unrepresentable data]", "AENC:a@b.org", fields("owner", "a@b.org", "preview_start", 18L, "preview_length", 35L, "data", hex("21"))),
            row("GRID", hex("6140622e6f72670099"), 153L, "GRID=[unrepresentable data]", "GRID:153", fields("owner", "a@b.org", "group", 153L)),
            row("GRID", hex("6140622e6f7267009964617461"), 153L, "GRID=[unrepresentable data]", "GRID:153", fields("owner", "a@b.org", "group", 153L, "data", hex("64617461"))),
            row("COMR", hex("0055534431302e3030003230303531303130716c4073632e6e657400094a6f65004120736f6e6700782d696d6167652f66616b6500736f6d652064617461"), null, "COMR=[unrepresentable data]", "COMR:\000USD10.00\00020051010ql@sc.net\000\011Joe\000A song\000x-image/fake\000some data", fields("encoding", 0L, "price", "USD10.00", "valid_until", "20051010", "contact", "ql@sc.net", "format", 9L, "seller", "Joe", "desc", "A song", "mime", "x-image/fake", "logo", hex("736f6d652064617461"))),
            row("COMR", hex("0055534431302e3030003230303531303130716c4073632e6e657400094a6f65004120736f6e6700"), null, "COMR=[unrepresentable data]", "COMR:\000USD10.00\00020051010ql@sc.net\000\011Joe\000A song\000", fields("encoding", 0L, "price", "USD10.00", "valid_until", "20051010", "contact", "ql@sc.net", "format", 9L, "seller", "Joe", "desc", "A song")),
            row("MLLT", hex("00010000020000030408666f6f626172"), null, "MLLT=[unrepresentable data]", "MLLT", fields("frames", 1L, "bytes", 2L, "milliseconds", 3L, "bits_for_bytes", 4L, "bits_for_milliseconds", 8L, "data", hex("666f6f626172"))),
            row("EQU2", hex("00466f6f6261720001010400"), null, "EQU2=[unrepresentable data]", "EQU2:Foobar", fields("method", 0L, "desc", "Foobar")),
            row("ASPI", hex("0000000000000010000308010203"), null, "ASPI=[unrepresentable data]", "ASPI", fields("S", 0L, "L", 16L, "N", 3L, "b", 8L)),
            row("ASPI", hex("0000000000000010000310000100020003"), null, "ASPI=[unrepresentable data]", "ASPI", fields("S", 0L, "L", 16L, "N", 3L, "b", 16L)),
            row("LINK", hex("54495431687474703a2f2f7777772e6578616d706c652e6f72672f544954312e74787400"), null, "LINK=[unrepresentable data]", "LINK:TIT1:http://www.example.org/TIT1.txt:", fields("frameid", "TIT1", "url", "http://www.example.org/TIT1.txt", "data", hex(""))),
            row("LINK", hex("434f4d4d687474703a2f2f7777772e6578616d706c652e6f72672f434f4d4d2e74787400656e67666f6f"), null, "LINK=[unrepresentable data]", "LINK:COMM:http://www.example.org/COMM.txt:engfoo", fields("frameid", "COMM", "url", "http://www.example.org/COMM.txt", "data", hex("656e67666f6f"))),
            row("TGID", hex("0069"), null, "TGID=i", "TGID", fields("encoding", 0L)),
            row("TDES", hex("006969"), null, "TDES=ii", "TDES", fields("encoding", 0L)),
            row("TKWD", hex("006969"), null, "TKWD=ii", "TKWD", fields("encoding", 0L)),
            row("TCAT", hex("006969"), null, "TCAT=ii", "TCAT", fields("encoding", 0L)),
            row("WFED", hex("687474703a2f2f7a7a7a"), null, "WFED=http://zzz", "WFED", fields()),
            row("PCST", hex("00000000"), 0L, "PCST=0", "PCST", fields("value", 0L)),
            row("CHAP", hex("666f6f0011111111222222223333333344444444"), null, "CHAP=foo time=286331153..572662306 offset=858993459..1145324612", "CHAP:foo", fields()),
            row("CTOC", hex("666f6f000301626c6100"), null, "CTOC=foo flags=3 child_element_ids=bla", "CTOC:foo", fields()),
            row("RVAD", hex("031000000000"), null, "RVAD=[unrepresentable data]", "RVAD", fields()),
            row("RVAD", hex("0308000102030405060700000000"), null, "RVAD=[unrepresentable data]", "RVAD", fields()),
            row("RVA", hex("031000000000"), null, "RVA=[unrepresentable data]", "RVA", fields()),
            row("UFI", hex("6f776e0064617461"), null, "UFI=own=b'data'", "UFI:own", fields("data", hex("64617461"), "owner", "own")),
            row("SLT", hex("00656e670201736f6d65206c797269637300666f6f00000000016261720000000010"), null, "SLT=[1ms]: foo\012[16ms]: bar", "SLT:some lyrics:eng", fields("encoding", 0L, "lang", "eng", "type", 1L, "format", 2L, "desc", "some lyrics")),
            row("TT1", hex("00616200"), null, "TT1=ab", "TT1", fields("encoding", 0L)),
            row("TT2", hex("006162"), null, "TT2=ab", "TT2", fields("encoding", 0L)),
            row("TT3", hex("006162"), null, "TT3=ab", "TT3", fields("encoding", 0L)),
            row("TP1", hex("00616200"), null, "TP1=ab", "TP1", fields("encoding", 0L)),
            row("TP2", hex("006162"), null, "TP2=ab", "TP2", fields("encoding", 0L)),
            row("TP3", hex("006162"), null, "TP3=ab", "TP3", fields("encoding", 0L)),
            row("TP4", hex("006162"), null, "TP4=ab", "TP4", fields("encoding", 0L)),
            row("TCM", hex("0061622f6364"), null, "TCM=ab/cd", "TCM", fields("encoding", 0L)),
            row("TXT", hex("006c7972"), null, "TXT=lyr", "TXT", fields("encoding", 0L)),
            row("TLA", hex("00454e55"), null, "TLA=ENU", "TLA", fields("encoding", 0L)),
            row("TCO", hex("0067656e"), null, "TCO=gen", "TCO", fields("encoding", 0L)),
            row("TAL", hex("00616c62"), null, "TAL=alb", "TAL", fields("encoding", 0L)),
            row("TPA", hex("00312f39"), 1L, "TPA=1/9", "TPA", fields("encoding", 0L)),
            row("TRK", hex("00322f38"), 2L, "TRK=2/8", "TRK", fields("encoding", 0L)),
            row("TRC", hex("0069737263"), null, "TRC=isrc", "TRC", fields("encoding", 0L)),
            row("TYE", hex("0031393030"), 1900L, "TYE=1900", "TYE", fields("encoding", 0L)),
            row("TDA", hex("0032353132"), null, "TDA=2512", "TDA", fields("encoding", 0L)),
            row("TIM", hex("0031323235"), null, "TIM=1225", "TIM", fields("encoding", 0L)),
            row("TRD", hex("004a756c203137"), null, "TRD=Jul 17", "TRD", fields("encoding", 0L)),
            row("TMT", hex("004449472f41"), null, "TMT=DIG/A", "TMT", fields("encoding", 0L)),
            row("TFT", hex("004d50472f33"), null, "TFT=MPG/3", "TFT", fields("encoding", 0L)),
            row("TBP", hex("00313333"), 133L, "TBP=133", "TBP", fields("encoding", 0L)),
            row("TCP", hex("0031"), 1L, "TCP=1", "TCP", fields("encoding", 0L)),
            row("TCP", hex("0030"), 0L, "TCP=0", "TCP", fields("encoding", 0L)),
            row("TCR", hex("004d65"), null, "TCR=Me", "TCR", fields("encoding", 0L)),
            row("TPB", hex("0048696d"), null, "TPB=Him", "TPB", fields("encoding", 0L)),
            row("TEN", hex("004c616d6572"), null, "TEN=Lamer", "TEN", fields("encoding", 0L)),
            row("TSS", hex("006162"), null, "TSS=ab", "TSS", fields("encoding", 0L)),
            row("TOF", hex("0061623a6364"), null, "TOF=ab:cd", "TOF", fields("encoding", 0L)),
            row("TLE", hex("003132"), 12L, "TLE=12", "TLE", fields("encoding", 0L)),
            row("TSI", hex("003132"), 12L, "TSI=12", "TSI", fields("encoding", 0L)),
            row("TDY", hex("003132"), 12L, "TDY=12", "TDY", fields("encoding", 0L)),
            row("TKE", hex("0041236d"), null, "TKE=A#m", "TKE", fields("encoding", 0L)),
            row("TOT", hex("006f7267"), null, "TOT=org", "TOT", fields("encoding", 0L)),
            row("TOA", hex("006f7267"), null, "TOA=org", "TOA", fields("encoding", 0L)),
            row("TOL", hex("006f7267"), null, "TOL=org", "TOL", fields("encoding", 0L)),
            row("TOR", hex("0031383737"), 1877L, "TOR=1877", "TOR", fields("encoding", 0L)),
            row("TXX", hex("00646573630076616c"), null, "TXX=desc=val", "TXX:desc", fields("encoding", 0L, "desc", "desc")),
            row("TSC", hex("006162"), null, "TSC=ab", "TSC", fields("encoding", 0L)),
            row("TSA", hex("006162"), null, "TSA=ab", "TSA", fields("encoding", 0L)),
            row("TS2", hex("006162"), null, "TS2=ab", "TS2", fields("encoding", 0L)),
            row("TST", hex("006162"), null, "TST=ab", "TST", fields("encoding", 0L)),
            row("TSP", hex("006162"), null, "TSP=ab", "TSP", fields("encoding", 0L)),
            row("MVN", hex("00616200"), null, "MVN=ab", "MVN", fields("encoding", 0L)),
            row("MVI", hex("00312f3300"), 1L, "MVI=1/3", "MVI", fields("encoding", 0L)),
            row("GP1", hex("00616200"), null, "GP1=ab", "GP1", fields("encoding", 0L)),
            row("WAF", hex("687474703a2f2f7a7a7a"), null, "WAF=http://zzz", "WAF", fields()),
            row("WAR", hex("687474703a2f2f7a7a7a"), null, "WAR=http://zzz", "WAR:http://zzz", fields()),
            row("WAS", hex("687474703a2f2f7a7a7a"), null, "WAS=http://zzz", "WAS", fields()),
            row("WCM", hex("687474703a2f2f7a7a7a"), null, "WCM=http://zzz", "WCM:http://zzz", fields()),
            row("WCP", hex("687474703a2f2f7a7a7a"), null, "WCP=http://zzz", "WCP", fields()),
            row("WPB", hex("687474703a2f2f7a7a7a"), null, "WPB=http://zzz", "WPB", fields()),
            row("WXX", hex("00646573630068747470"), null, "WXX=http", "WXX:desc", fields("encoding", 0L, "desc", "desc")),
            row("IPL", hex("006100410062004200"), null, "IPL=[unrepresentable data]", "IPL", fields("encoding", 0L)),
            row("MCI", hex("01020304"), null, "MCI=[unrepresentable data]", "MCI", fields()),
            row("ETC", hex("011200007fff"), null, "ETC=[unrepresentable data]", "ETC", fields("format", 1L)),
            row("COM", hex("00454e555400436f6d"), null, "COM=T=ENU=Com", "COM:T:ENU", fields("desc", "T", "lang", "ENU", "encoding", 0L)),
            row("PIC", hex("002d2d3e03636f76657200636f7665722e6a7067"), null, "PIC=cover front, cover (-->, 9 bytes)", "PIC:cover", fields("mime", "-->", "type", 3L, "desc", "cover", "encoding", 0L)),
            row("POP", hex("666f6f406261722e6f726700de00000011"), 222L, "POP=foo@bar.org=17 222/255", "POP:foo@bar.org", fields("email", "foo@bar.org", "rating", 222L, "count", 17L)),
            row("CNT", hex("00000011"), 17L, "CNT=17", "CNT", fields("count", 17L)),
            row("GEO", hex("006d696d65006e616d6500646573630064617461"), null, "GEO=[unrepresentable data]", "GEO:desc", fields("encoding", 0L, "mime", "mime", "filename", "name", "desc", "desc")),
            row("ULT", hex("00656e67736f6d65206c797269637300776f6f0a66756e"), null, "ULT=some lyrics=eng=woo\012fun", "ULT:some lyrics:eng", fields("encoding", 0L, "lang", "eng", "desc", "some lyrics", "text", "woo\012fun")),
            row("BUF", hex("001200"), 4608L, "BUF=[unrepresentable data]", "BUF", fields("size", 4608L)),
            row("CRA", hex("6140622e6f72670000120023"), null, "CRA=[unrepresentable data]", "CRA:a@b.org", fields("owner", "a@b.org", "preview_start", 18L, "preview_length", 35L)),
            row("CRA", hex("6140622e6f7267000012002321"), null, "CRA=[unrepresentable data]", "CRA:a@b.org", fields("owner", "a@b.org", "preview_start", 18L, "preview_length", 35L, "data", hex("21"))),
            row("REV", hex("121223230a0b0c0d0e0f1011"), null, "REV=[unrepresentable data]", "REV", fields("left", 4626L, "right", 8995L)),
            row("STC", hex("01106f626172"), null, "STC=[unrepresentable data]", "STC", fields("format", 1L, "data", hex("106f626172"))),
            row("MLL", hex("00010000020000030408666f6f626172"), null, "MLL=[unrepresentable data]", "MLL", fields("frames", 1L, "bytes", 2L, "milliseconds", 3L, "bits_for_bytes", 4L, "bits_for_milliseconds", 8L, "data", hex("666f6f626172"))),
            row("LNK", hex("545431687474703a2f2f7777772e6578616d706c652e6f72672f544954312e74787400"), null, "LNK=[unrepresentable data]", "LNK:TT1:http://www.example.org/TIT1.txt:", fields("frameid", "TT1", "url", "http://www.example.org/TIT1.txt", "data", hex(""))),
            row("CRM", hex("666f6f406578616d706c652e6f7267007465737400776f6f"), null, "CRM=[unrepresentable data]", "CRM", fields("owner", "foo@example.org", "desc", "test", "data", hex("776f6f"))),
            row("CRM", hex("0000"), null, "CRM=[unrepresentable data]", "CRM", fields("owner", "", "desc", "", "data", hex("")))
    );

    static Object norm(Object v) {
        if (v instanceof Encoding) {
            return (long) ((Encoding) v).value();
        }
        if (v instanceof PictureType) {
            return (long) ((PictureType) v).value();
        }
        if (v instanceof CTOCFlags) {
            return (long) ((CTOCFlags) v).value();
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(norm(o));
            }
            return out;
        }
        return v;
    }

    static void assertField(Object expected, Object actual, String what) {
        if (expected instanceof Double || (expected instanceof Long && actual instanceof Double)) {
            assertEquals(((Number) expected).doubleValue(), ((Number) actual).doubleValue(), 1e-5, what);
        } else if (expected instanceof byte[]) {
            assertArrayEquals((byte[]) expected, (byte[]) actual, what);
        } else {
            assertEquals(norm(expected), norm(actual), what);
        }
    }

    static Supplier<? extends Frame> kind(String id) {
        return id.length() == 3 ? Frames.v22().get(id) : Frames.v23().get(id);
    }

    static long pos(Frame f) {
        if (f instanceof NumericTextFrame) {
            return ((NumericTextFrame) f).pos();
        } else if (f instanceof NumericPartTextFrame) {
            return ((NumericPartTextFrame) f).pos();
        } else if (f instanceof PCNT) {
            return ((PCNT) f).pos();
        } else if (f instanceof PCST) {
            return ((PCST) f).pos();
        } else if (f instanceof POPM) {
            return ((POPM) f).pos();
        } else if (f instanceof RBUF) {
            return ((RBUF) f).pos();
        } else if (f instanceof POSS) {
            return ((POSS) f).pos();
        } else if (f instanceof SEEK) {
            return ((SEEK) f).pos();
        } else if (f instanceof GRID) {
            return ((GRID) f).pos();
        }
        throw new IllegalArgumentException("no numeric value");
    }

    static void assertSameFields(Frame a, Frame b) {
        for (Spec s : a.framespec()) {
            Object x = a.get(s.name());
            Object y = b.get(s.name());
            if (x instanceof byte[]) {
                assertArrayEquals((byte[]) x, (byte[]) y, s.name());
            } else {
                assertEquals(x, y, a.frameId() + "." + s.name());
            }
        }
        for (Spec s : a.optionalspec()) {
            assertEquals(a.has(s.name()), b.has(s.name()), s.name());
            Object x = a.get(s.name());
            Object y = b.get(s.name());
            if (x instanceof byte[]) {
                assertArrayEquals((byte[]) x, (byte[]) y, s.name());
            } else {
                assertEquals(x, y, s.name());
            }
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TVariousFrames
    class TVariousFrames {
        @Test
        void testAllTested() {
            Set<String> check = new LinkedHashSet<>(Frames.v23().keySet());
            check.addAll(Frames.v22().keySet());
            for (Row r : DATA) {
                check.remove(r.id());
            }
            assertEquals(Set.of(), check);
            assertEquals(105, Frames.v23().size());
            assertEquals(71, Frames.v22().size());
        }

        // Not from mutagen's suite: the registry records each frame's ID as the frame's class name without asking
        // the class; that holds only while every registered class is named after its ID.
        @Test
        void testRegistryClassesAreNamedAfterTheirIds() {
            for (Map<String, Supplier<? extends Frame>> registry : List.of(Frames.v23(), Frames.v22())) {
                for (Map.Entry<String, Supplier<? extends Frame>> e : registry.entrySet()) {
                    Frame f = e.getValue().get();
                    assertEquals(e.getKey(), f.getClass().getSimpleName());
                    assertEquals(e.getKey(), f.frameId());
                }
            }
        }

        @Test
        void testTagRepr() throws Exception {
            for (Row r : DATA) {
                Frame tag = Frame.fromData(kind(r.id()), H23, 0, r.data());
                assertFalse(tag.toString().isEmpty());
                assertTrue(tag.str() != null);
            }
        }

        @Test
        void testTagWrite() throws Exception {
            for (Row r : DATA) {
                Frame tag = Frame.fromData(kind(r.id()), H24, 0, r.data());
                byte[] towrite = tag.writeData();
                Frame tag2 = Frame.fromData(kind(r.id()), H24, 0, towrite);
                assertSameFields(tag, tag2);
            }
        }

        @Test
        void testTagWriteV23() throws Exception {
            for (Row r : DATA) {
                Frame tag = Frame.fromData(kind(r.id()), H24, 0, r.data());
                ID3SaveConfig config = new ID3SaveConfig(3, "/");
                byte[] towrite = tag.writeData(config);
                Frame tag2 = Frame.fromData(kind(r.id()), H23, 0, towrite);
                Frame tag3 = Frame.fromData(kind(r.id()), H23, 0, tag2.writeData(config));
                assertSameFields(tag2, tag3);
                for (Spec s : tag.optionalspec()) {
                    assertEquals(tag.has(s.name()), tag2.has(s.name()));
                }
            }
        }

        @Test
        void testTag() throws Exception {
            for (Row r : DATA) {
                Frame tag = Frame.fromData(kind(r.id()), H23, 0, r.data());
                assertEquals(r.hashKey(), tag.hashKey(), r.id());
                assertEquals(r.pprint(), tag.pprint(), r.id());
                if (!r.fields().containsKey("encoding")) {
                    assertThrows(IllegalArgumentException.class, () -> tag.get("encoding"), r.id());
                }
                for (Map.Entry<String, Object> e : r.fields().entrySet()) {
                    String attr = e.getKey();
                    if ((attr.equals("year") || attr.equals("month")) && tag instanceof TimeStampTextFrame) {
                        List<?> expected = (List<?>) e.getValue();
                        List<ID3TimeStamp> stamps = ((TimeStampTextFrame) tag).stamps();
                        for (int i = 0; i < expected.size(); i++) {
                            ID3TimeStamp s = stamps.get(i);
                            assertField(expected.get(i), attr.equals("year") ? s.year() : s.month(), r.id());
                        }
                    } else {
                        assertField(e.getValue(), tag.get(attr), r.id() + "." + attr);
                    }
                }
                if (r.intval() != null) {
                    assertEquals((long) r.intval(), pos(tag), r.id());
                } else {
                    assertThrows(IllegalArgumentException.class, () -> pos(tag), r.id());
                }
            }
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TPCST, TETCO, TSYTC, TCRM, TSEEK, TPOSS, TPCNT, TMLLT (defaults)
    class TDefaults {
        @Test
        void testPcstDefault() {
            assertEquals(0L, new PCST().value());
        }

        @Test
        void testEtcoDefault() {
            ETCO frame = new ETCO();
            assertEquals(1, frame.format());
            assertEquals(List.of(), frame.events());
        }

        @Test
        void testEtcoDefaultMutable() {
            ETCO frame = new ETCO();
            frame.events().add(new ETCO.Event(1, 1));
            assertEquals(List.of(), new ETCO().events());
        }

        @Test
        void testSytcDefault() {
            SYTC frame = new SYTC();
            assertEquals(1, frame.format());
            assertArrayEquals(b(""), frame.data());
        }

        @Test
        void testCrmDefault() {
            CRM frame = new CRM();
            assertEquals("", frame.owner());
            assertEquals("", frame.desc());
            assertArrayEquals(b(""), frame.data());
        }

        @Test
        void testSeekDefault() {
            assertEquals(0L, new SEEK().offset());
        }

        @Test
        void testPossDefault() {
            POSS frame = new POSS();
            assertEquals(1, frame.format());
            assertEquals(0L, frame.position());
        }

        @Test
        void testPcntDefault() {
            assertEquals(0L, new PCNT().count());
        }

        @Test
        void testMlltDefault() {
            MLLT frame = new MLLT();
            assertEquals(0L, frame.frames());
            assertEquals(0L, frame.bytes());
            assertEquals(0L, frame.milliseconds());
            assertEquals(0, frame.bits_for_bytes());
            assertEquals(0, frame.bits_for_milliseconds());
            assertArrayEquals(b(""), frame.data());
        }

        // Port of tests/test__id3frames.py::TBinaryFrame.test_default
        @Test
        void testBinaryFrameDefault() {
            assertArrayEquals(b(""), new MCDI().data());
        }

        // Port of tests/test__id3frames.py::TPairedTextFrame.test_default
        @Test
        void testPairedTextFrameDefault() {
            TIPL frame = new TIPL();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals(List.of(), frame.people());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TCRA
    class TCRA {
        @Test
        void testUpgrade() {
            CRA frame = new CRA();
            frame.set("owner", "a").set("preview_start", 1).set("preview_length", 2).set("data", b("foo"));
            AENC upgraded = (AENC) frame.upgradeFrame();
            assertEquals("AENC", upgraded.frameId());
            assertEquals("a", upgraded.owner());
            assertEquals(1L, upgraded.preview_start());
            assertEquals(2L, upgraded.preview_length());
            assertArrayEquals(b("foo"), upgraded.data());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TPIC
    class TPIC {
        @Test
        void testDefault() {
            PIC frame = new PIC();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("JPG", frame.mime());
            assertEquals(PictureType.COVER_FRONT, frame.type());
            assertEquals("", frame.desc());
            assertArrayEquals(b(""), frame.data());
        }

        @Test
        void testUpgrade() {
            PIC frame = new PIC();
            frame.set("encoding", 0).set("mime", "PNG").set("desc", "bla").set("type", 3).set("data", b("\0"));
            APIC up = (APIC) frame.upgradeFrame();
            assertEquals("APIC", up.frameId());
            assertEquals(Encoding.LATIN1, up.encoding());
            assertEquals("PNG", up.mime());
            assertEquals("bla", up.desc());
            assertArrayEquals(b("\0"), up.data());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TLNK
    class TLNK {
        @Test
        void testDefault() {
            LNK frame = new LNK();
            assertEquals("XXX", frame.frameid());
            assertEquals("", frame.url());
        }

        @Test
        void testUpgrade() {
            String url = "http://foo.bar";
            LNK frame = new LNK();
            frame.set("frameid", "PIC").set("url", url).set("data", b("\0"));
            LINK up = (LINK) frame.upgradeFrame();
            assertEquals("APIC", up.frameid());
            assertEquals(url, up.url());
            assertArrayEquals(b("\0"), up.data());

            LNK frame2 = new LNK();
            frame2.set("frameid", "XYZ");
            assertEquals("XYZ ", ((LINK) frame2.upgradeFrame()).frameid());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TSIGN, TPRIV, TGRID, TENCR, TCOMR, TUSER, TUFID, TAENC, TGEOB, TPOPM
    class THashKeys {
        // Port of tests/test__id3frames.py::TSIGN.test_default, TSIGN.test_hash, TSIGN.test_pprint
        @Test
        void testSign() {
            SIGN frame = new SIGN();
            assertEquals(0x80, frame.group());
            assertArrayEquals(b(""), frame.sig());
            frame.set("group", 1).set("sig", b("foo"));
            assertEquals("SIGN:1:foo", frame.hashKey());
            assertEquals("SIGN=[unrepresentable data]", frame.pprint());
        }

        // Port of tests/test__id3frames.py::TPRIV.test_default, TPRIV.test_hash
        @Test
        void testPriv() {
            PRIV frame = new PRIV();
            assertEquals("", frame.owner());
            assertArrayEquals(b(""), frame.data());
            assertEquals("PRIV:foo:foo", new PRIV("foo", b("foo")).hashKey());
            PRIV f2 = new PRIV("foo", b("\0\u00ff"));
            assertEquals("PRIV:foo:\0\u00ff", f2.hashKey());
            assertEquals("PRIV=foo=b'\\x00\\xff'", f2.pprint());
        }

        // Port of tests/test__id3frames.py::TGRID.test_default, TGRID.test_hash
        @Test
        void testGrid() {
            GRID frame = new GRID();
            assertEquals("", frame.owner());
            assertEquals(0x80, frame.group());
            frame.set("owner", "foo").set("group", 42);
            assertEquals("GRID:42", frame.hashKey());
        }

        // Port of tests/test__id3frames.py::TENCR.test_default, TENCR.test_hash
        @Test
        void testEncr() {
            ENCR frame = new ENCR();
            assertEquals("", frame.owner());
            assertEquals(0x80, frame.method());
            assertArrayEquals(b(""), frame.data());
            frame.set("owner", "foo").set("method", 42).set("data", b("\u00ff"));
            assertEquals("ENCR:foo", frame.hashKey());
        }

        // Port of tests/test__id3frames.py::TOWNE.test_default
        @Test
        void testOwneDefault() {
            OWNE frame = new OWNE();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("", frame.price());
            assertEquals("19700101", frame.date());
            assertEquals("", frame.seller());
        }

        @Test
        void testComrDefault() {
            COMR frame = new COMR();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("", frame.price());
            assertEquals("19700101", frame.valid_until());
            assertEquals("", frame.contact());
            assertEquals(0, frame.format());
            assertEquals("", frame.seller());
            assertEquals("", frame.desc());
        }

        @Test
        void testComrHash() {
            COMR frame = new COMR();
            frame.set("encoding", 0).set("price", "p").set("valid_until", "vvvvvvvv").set("contact", "c")
                    .set("format", 42).set("seller", "s").set("desc", "d").set("mime", "m").set("logo", b("\u00ff"));
            assertEquals("COMR:\0p\0vvvvvvvvc\0*s\0d\0m\0\u00ff", frame.hashKey());
        }

        // Port of tests/test__id3frames.py::TUSER.test_default, TUSER.test_hash
        @Test
        void testUser() {
            USER frame = new USER();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("XXX", frame.lang());
            assertEquals("", frame.text());
            frame.set("encoding", 0).set("lang", "foo").set("text", "bla");
            assertEquals("USER:foo", frame.hashKey());
            assertEquals("USER='foo'=bla", frame.pprint());
            assertEquals(new USER().set("text", "a").hashKey(), new USER().set("text", "b").hashKey());
            assertNotEquals(new USER().set("lang", "abc").hashKey(), new USER().set("lang", "def").hashKey());
        }

        // Port of tests/test__id3frames.py::TTIT2.test_hash
        @Test
        void testTit2Hash() {
            assertEquals(new TIT2(Encoding.UTF16, "a").hashKey(), new TIT2(Encoding.UTF16, "b").hashKey());
        }

        // Port of tests/test__id3frames.py::TUFID.test_default, TUFID.test_hash
        @Test
        void testUfid() {
            UFID frame = new UFID();
            assertEquals("", frame.owner());
            assertArrayEquals(b(""), frame.data());
            assertEquals("UFID:foo", new UFID("foo", b("\u0042")).hashKey());
            assertEquals("UFID=foo=b'B'", new UFID("foo", b("\u0042")).pprint());
            assertEquals(new UFID("", b("1")).hashKey(), new UFID("", b("2")).hashKey());
            assertNotEquals(new UFID("a", b("")).hashKey(), new UFID("b", b("")).hashKey());
        }

        // Port of tests/test__id3frames.py::TAENC.test_default, TAENC.test_hash
        @Test
        void testAenc() {
            AENC frame = new AENC();
            assertEquals("", frame.owner());
            assertEquals(0L, frame.preview_start());
            assertEquals(0L, frame.preview_length());
            frame.set("owner", "foo").set("preview_start", 1).set("preview_length", 2).set("data", b("B"));
            assertEquals("AENC:foo", frame.hashKey());
        }

        // Port of tests/test__id3frames.py::TGEOB.test_default, TGEOB.test_hash
        @Test
        void testGeob() {
            GEOB frame = new GEOB();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("", frame.mime());
            assertEquals("", frame.filename());
            assertEquals("", frame.desc());
            assertArrayEquals(b(""), frame.data());
            frame.set("encoding", 0).set("filename", "f").set("desc", "d").set("data", b("B"));
            assertEquals("GEOB:d", frame.hashKey());
            assertEquals(new GEOB().set("data", b("1")).hashKey(), new GEOB().set("data", b("2")).hashKey());
            assertNotEquals(new GEOB().set("desc", "a").hashKey(), new GEOB().set("desc", "b").hashKey());
        }

        // Port of tests/test__id3frames.py::TPOPM.test_default, TPOPM.test_hash
        @Test
        void testPopm() {
            POPM frame = new POPM();
            assertEquals("", frame.email());
            assertEquals(0, frame.rating());
            assertFalse(frame.has("count"));
            frame.set("email", "e").set("rating", 42);
            assertEquals("POPM:e", frame.hashKey());
            assertEquals("POPM=e=None 42/255", frame.pprint());
            assertEquals(new POPM().set("count", 1).hashKey(), new POPM().set("count", 2).hashKey());
            assertNotEquals(new POPM().set("email", "a").hashKey(), new POPM().set("email", "b").hashKey());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TRVAD
    class TRVAD {
        @Test
        void testDefault() {
            assertEquals(List.of(0L, 0L), new RVAD().adjustments());
        }

        @Test
        void testHash() {
            assertEquals("RVAD", new RVAD().hashKey());
        }

        @Test
        void testUpgrade() {
            RVA rva = new RVA();
            rva.set("adjustments", List.of(1, 2));
            assertEquals(List.of(1L, 2L), ((RVAD) rva.upgradeFrame()).adjustments());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TLINK
    class TLINK {
        @Test
        void testRead() throws Exception {
            LINK frame = new LINK();
            frame.readData(H24, Spec.frameReader(b("XXX\0Foo\0"), 0, 8));
            assertEquals("XXX\0", frame.frameid());
        }

        @Test
        void testDefault() {
            LINK frame = new LINK();
            assertEquals("XXXX", frame.frameid());
            assertEquals("", frame.url());
        }

        @Test
        void testHash() {
            LINK frame = new LINK();
            frame.set("frameid", "TPE1").set("url", "http://foo.bar").set("data", b("\u0042"));
            assertEquals("LINK:TPE1:http://foo.bar:B", frame.hashKey());
            LINK frame2 = new LINK();
            frame2.set("frameid", "TPE1").set("url", "http://foo.bar");
            assertEquals("LINK:TPE1:http://foo.bar:", frame2.hashKey());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TEQU2
    class TEQU2 {
        @Test
        void testDefault() {
            EQU2 frame = new EQU2();
            assertEquals(0, frame.method());
            assertEquals("", frame.desc());
            assertEquals(List.of(), frame.adjustments());
        }

        @Test
        void testDefaultMutable() {
            EQU2 frame = new EQU2();
            frame.adjustments().add(new EQU2.Adjustment(1, 1));
            assertEquals(List.of(), new EQU2().adjustments());
        }

        @Test
        void testHash() {
            EQU2 frame = new EQU2();
            frame.set("method", 42).set("desc", "d").set("adjustments", List.of(new EQU2.Adjustment(0, 0)));
            assertEquals("EQU2:d", frame.hashKey());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TCOMM
    class TCOMM {
        @Test
        void testDefault() {
            COMM frame = new COMM();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("XXX", frame.lang());
            assertEquals("", frame.desc());
            assertEquals(List.of(), frame.text());
        }

        @Test
        void testHash() {
            COMM frame = new COMM();
            frame.set("encoding", 0).set("lang", "foo").set("desc", "d");
            assertEquals("COMM:d:foo", frame.hashKey());
            assertEquals(new COMM().set("text", "a").hashKey(), new COMM().set("text", "b").hashKey());
            assertNotEquals(new COMM().set("desc", "a").hashKey(), new COMM().set("desc", "b").hashKey());
            assertNotEquals(new COMM().set("lang", "abc").hashKey(), new COMM().set("lang", "def").hashKey());
        }

        @Test
        void testBadUnicodedecode() {
            byte[] data = b("\1\0\0\0\u00ff\u00fe\0\u00ff\u00feh\0");
            assertThrows(ID3JunkFrameError.class, () -> fromData("COMM", H24, 0, data));
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TSYLT
    class TSYLT {
        @Test
        void testDefault() {
            SYLT frame = new SYLT();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("XXX", frame.lang());
            assertEquals(1, frame.format());
            assertEquals(0, frame.type());
            assertEquals("", frame.desc());
            assertEquals(List.of(), frame.text());
        }

        @Test
        void testHash() {
            SYLT frame = new SYLT();
            frame.set("encoding", 0).set("lang", "foo").set("format", 1).set("type", 2).set("desc", "d")
                    .set("text", List.of(new SYLT.Line("t", 0)));
            assertEquals("SYLT:d:foo", frame.hashKey());
            assertEquals("SYLT=[0fr]: t", frame.pprint());
        }

        @Test
        void testBadSylt() {
            assertThrows(ID3JunkFrameError.class,
                () -> fromData("SYLT", H24, 0, b("\0eng\1description\0foobar")));
            assertThrows(ID3JunkFrameError.class,
                () -> fromData("SYLT", H24, 0, b("\0eng\1description\0foobar\0\u00ff\u00ff\u00ff")));
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TRVRB
    class TRVRB {
        @Test
        void testDefault() {
            RVRB frame = new RVRB();
            assertEquals(0L, frame.left());
            assertEquals(0L, frame.right());
            for (String f : List.of("bounce_left", "bounce_right", "feedback_ltl", "feedback_ltr", "feedback_rtr",
                    "feedback_rtl", "premix_ltr", "premix_rtl")) {
                assertEquals(0, frame.get(f));
            }
        }

        @Test
        void testExtradata() throws Exception {
            ByteReader left = new RVRB().readData(H24, reader(b("L1R1BBFFFFPP#xyz")));
            assertArrayEquals(b("#xyz"), left.rest());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TRBUF
    class TRBUF {
        @Test
        void testDefault() {
            RBUF frame = new RBUF();
            assertEquals(0L, frame.size());
            assertFalse(frame.has("info"));
            assertFalse(frame.has("offset"));
        }

        @Test
        void testExtradata() throws Exception {
            ByteReader left = new RBUF().readData(H24, reader(b("\0\1\0\1\0\0\0\0#xyz")));
            assertArrayEquals(b("#xyz"), left.rest());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TUSLT, TWXXX, TTXXX, TWCOM, TUrlFrame
    class TTextKinds {
        @Test
        void testUsltDefault() {
            USLT frame = new USLT();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("XXX", frame.lang());
            assertEquals("", frame.desc());
            assertEquals("", frame.text());
        }

        @Test
        void testUsltHash() {
            USLT frame = new USLT();
            frame.set("encoding", 0).set("lang", "foo").set("desc", "d").set("text", "t");
            assertEquals("USLT:d:foo", frame.hashKey());
            assertEquals("d=foo=t", frame.pprintValue());
        }

        @Test
        void testWxxxDefault() {
            WXXX frame = new WXXX();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("", frame.desc());
            assertEquals("", frame.url());
        }

        @Test
        void testWxxxHash() {
            WXXX frame = new WXXX(Encoding.LATIN1, "d", "u");
            assertEquals("WXXX:d", frame.hashKey());
            assertEquals("WXXX=u", frame.pprint());
            assertNotEquals(new WXXX().set("desc", "a").hashKey(), new WXXX().set("desc", "b").hashKey());
        }

        @Test
        void testTxxxDefault() {
            TXXX a = new TXXX();
            TXXX b = new TXXX();
            b.set("desc", "").set("encoding", 1).set("text", List.of());
            assertEquals(a, b);
        }

        @Test
        void testTxxxHash() {
            TXXX frame = new TXXX();
            frame.set("encoding", 0).set("desc", "d").set("text", List.of());
            assertEquals("TXXX:d", frame.hashKey());
            assertEquals(new TXXX().set("text", "a").hashKey(), new TXXX().set("text", "b").hashKey());
            assertNotEquals(new TXXX().set("desc", "a").hashKey(), new TXXX().set("desc", "b").hashKey());
        }

        @Test
        void testWcomHash() {
            WCOM frame = new WCOM("u");
            assertEquals("WCOM:u", frame.hashKey());
            assertEquals("WCOM=u", frame.pprint());
        }

        // Port of tests/test__id3frames.py::TUrlFrame.test_default
        @Test
        void testUrlFrameMain() {
            assertEquals("url", new WOAF("url").url());
            assertEquals(new WOAF(), new WOAF(""));
        }

        // Port of tests/test__id3frames.py::TNumericTextFrame.test_default, TNumericTextFrame.test_main
        @Test
        void testNumericTextFrameMain() {
            TLEN f = new TLEN();
            f.set("text", "1");
            assertEquals(List.of("1"), f.text());
            assertEquals(1L, f.pos());
            assertEquals(new TLEN(), new TLEN(Encoding.UTF16, List.of()));
        }

        // Port of tests/test__id3frames.py::TNumericPartTextFrame.test_default, TNumericPartTextFrame.test_main
        @Test
        void testNumericPartTextFrameMain() {
            TRCK f = new TRCK();
            f.set("text", "1/2");
            assertEquals(List.of("1/2"), f.text());
            assertEquals(1L, f.pos());
            assertEquals(new TRCK(), new TRCK(Encoding.UTF16, List.of()));
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::Tread_frames_load_frame
    class TreadFramesLoadFrame {
        private List<Frame> frames(ID3Header h, byte[] data, Map<String, Supplier<? extends Frame>> known) {
            List<Frame> out = new ArrayList<>();
            ID3Tags.readFrames(h, data, known, out, new ArrayList<>());
            return out;
        }

        private List<byte[]> unknown(ID3Header h, byte[] data, Map<String, Supplier<? extends Frame>> known) {
            List<byte[]> out = new ArrayList<>();
            ID3Tags.readFrames(h, data, known, new ArrayList<>(), out);
            return out;
        }

        @Test
        void testDetect23IntsIn24Frames() {
            byte[] head = b("TIT1\0\0\1\0\0\0\0");
            byte[] tail = b("TPE1\0\0\0\5\0\0\0Yay!");
            List<Frame> good = frames(H24, T.cat(head, T.repeat("a", 127), tail), Frames.v23());
            List<Frame> bad = frames(H24, T.cat(head, T.repeat("a", 255), tail), Frames.v23());
            assertEquals(2, good.size());
            assertEquals(2, bad.size());
            assertEquals("a".repeat(127), good.get(0).str());
            assertEquals("a".repeat(255), bad.get(0).str());
            assertEquals("Yay!", good.get(1).str());
            assertEquals("Yay!", bad.get(1).str());

            good = frames(H24, T.cat(head, T.repeat("a", 127)), Frames.v23());
            bad = frames(H24, T.cat(head, T.repeat("a", 255)), Frames.v23());
            assertEquals(1, good.size());
            assertEquals(1, bad.size());
            assertEquals("a".repeat(127), good.get(0).str());
            assertEquals("a".repeat(255), bad.get(0).str());
        }

        @Test
        void testZerolengthFramedata() {
            for (String head : List.of("WOAR", "TENC", "TCOP", "TOPE", "WXXX")) {
                assertEquals(0, unknown(H24, T.cat(b(head), new byte[6]), Frames.v23()).size());
            }
        }

        @Test
        void testDropsTruncatedFrames() {
            for (String head : List.of("RVA2", "TXXX", "APIC")) {
                assertEquals(0, unknown(H24, T.cat(b(head), b("\0\0\0\3\0\0\1\2\3")), Frames.v23()).size());
            }
        }

        @Test
        void testDropsNonalphanumFrames() {
            for (byte[] head : List.of(b("\u0006\u00af\u00fe "), b("ABC\0"), b("A   "))) {
                assertEquals(0, frames(H24, T.cat(head, b("\0\0\0\3\0\0\1\2\3")), Frames.v23()).size());
            }
        }

        @Test
        void testFrameTooSmall() {
            assertEquals(List.of(), frames(H24, b("012345678"), Frames.v23()));
            assertEquals(List.of(), frames(H23, b("012345678"), Frames.v23()));
            assertEquals(List.of(), frames(H22, b("01234"), Frames.v22()));
            assertEquals(List.of(), frames(H22, b("TT1\0\0\0"), Frames.v22()));
        }

        @Test
        void testUnknown22Frame() {
            byte[] data = b("XYZ\0\0\1\0");
            List<byte[]> u = unknown(H22, data, Map.of());
            assertEquals(1, u.size());
            assertArrayEquals(data, u.get(0));
        }

        @Test
        void test22UsesDirectInts() {
            byte[] data = T.cat(b("TT1\0\0\u0083\0"), T.repeat("123456789abcdef", 16));
            Frame tag = frames(H22, data, Frames.v22()).get(0);
            assertEquals(new String(data, 7, 0x82, java.nio.charset.StandardCharsets.ISO_8859_1),
                    ((TextFrame) tag).text().get(0));
        }

        @Test
        void testLoadWrite() throws Exception {
            TPE1 artist = new TPE1(Encoding.UTF8, List.of("\u00b5", "\u65e5\u672c"));
            Frame tag = frames(H24, ID3Tags.saveFrame(artist, ID3SaveConfig.V24), Frames.v23()).get(0);
            assertEquals("TPE1", tag.frameId());
            assertEquals(artist.text(), ((TPE1) tag).text());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TTPE2
    class TTPE2 {
        @Test
        void testUnsynch() throws Exception {
            byte[] badsync = b("\0\u00ff\0ab\0");
            assertEquals(List.of("\u00ffab"), ((TPE2) fromData("TPE2", T.header(4, 0x80), 0, badsync)).text());
            assertEquals(List.of("\u00ffab"), ((TPE2) fromData("TPE2", T.header(4, 0), 0x02, badsync)).text());
            assertEquals(List.of("\u00ff", "ab"), ((TPE2) fromData("TPE2", T.header(4, 0), 0, badsync)).text());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TTPE1
    class TTPE1 {
        private List<String> text(ID3Header h, int flags, byte[] data) throws Exception {
            return ((TextFrame) fromData("TPE1", h, flags, data)).text();
        }

        @Test
        void testBadencoding() {
            assertThrows(ID3JunkFrameError.class, () -> fromData("TPE1", H24, 0, b("\u0009ab")));
            assertThrows(IllegalArgumentException.class, () -> new TPE1().set("encoding", 9));
        }

        @Test
        void testBadsync() throws Exception {
            assertEquals(List.of("\u00ff\u00fe"), text(H24, 0x02, b("\0\u00ff\u00fe")));
        }

        @Test
        void testNoencrypt() {
            assertThrows(ID3EncryptionUnsupportedError.class, () -> fromData("TPE1", H24, 0x04, b("\0")));
            assertThrows(ID3EncryptionUnsupportedError.class, () -> fromData("TPE1", H23, 0x40, b("\0")));
        }

        @Test
        void testBadcompress() {
            assertThrows(ID3JunkFrameError.class, () -> fromData("TPE1", H24, 0x08, b("\0\0\0\0#")));
            assertThrows(ID3JunkFrameError.class, () -> fromData("TPE1", H23, 0x80, b("\0\0\0\0#")));
        }

        @Test
        void testJunkframe() {
            assertThrows(ID3JunkFrameError.class, () -> fromData("TPE1", H24, 0, b("")));
            assertThrows(ID3JunkFrameError.class, () -> fromData("TPE1", H24, 0, b("\3A\u00ff\u00fe")));
        }

        @Test
        void testLengthoneUtf16() throws Exception {
            assertEquals("", fromData("TPE1", H24, 0, b("\1\0")).str());
            assertEquals(List.of("", ""), text(H24, 0, b("\1\0\0\0\0")));
        }

        @Test
        void testUtf16Wrongnullterm() throws Exception {
            assertEquals(List.of("Hello"), text(H24, 0, b("\1\u00ff\u00feH\0e\0l\0l\0o\0\0")));
            assertEquals(List.of("Hello"), text(H24, 0, b("\2\0H\0e\0l\0l\0o\0")));
        }

        @Test
        void testUtf16MissingBom() throws Exception {
            assertEquals(List.of("Hello"), text(H24, 0, b("\1H\0e\0l\0l\0o\0\0\0")));
        }

        @Test
        void testUtf16MissingBomWrongNullterm() throws Exception {
            assertEquals(List.of("Hello"), text(H24, 0, b("\1H\0e\0l\0l\0o\0\0")));
            assertEquals(List.of("foo", "bar"), text(H24, 0, b("\1f\0o\0o\0\0\0b\0a\0r\0\0")));
        }

        @Test
        void testZlibBpi() throws Exception {
            TPE1 tpe1 = new TPE1(Encoding.LATIN1, "a".repeat(0xFFFF - 2));
            byte[] data = ID3Tags.saveFrame(tpe1, ID3SaveConfig.V24);
            for (int i = 4; i < 8; i++) {
                assertTrue((data[i] & 0x80) == 0, "data is not syncsafe");
            }
        }

        @Test
        void testQl012MissingUncompressedSize() throws Exception {
            Frame tag = fromData("TPE1", H24, 0x08,
                    hex("789c63fcffaf8421832193a19841014a2632e8339430a402d9250c0087c60723"));
            assertEquals(Encoding.UTF16, ((TPE1) tag).encoding());
            assertEquals(List.of("this is a/test"), ((TPE1) tag).text());
        }

        @Test
        void testZlibLatin1MissingDatalen() throws Exception {
            Frame tag = fromData("TPE1", H24, 0x8,
                    T.cat(b("\0\0\0\u000f"), hex("789c6328c9c82c5600a244fd92d4e21200267f0525")));
            assertEquals(Encoding.LATIN1, ((TPE1) tag).encoding());
            assertEquals(List.of("this is a/test"), ((TPE1) tag).text());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TTCON
    class TTCON {
        private List<String> g(String s) {
            TCON f = new TCON();
            f.set("text", s);
            return f.genres();
        }

        @Test
        void testEmpty() {
            assertEquals(List.of(), g(""));
        }

        @Test
        void testNum() {
            for (int i = 0; i < TCON.GENRES.size(); i++) {
                assertEquals(List.of(TCON.GENRES.get(i)), g(String.format("%02d", i)));
            }
        }

        @Test
        void testParenedNum() {
            for (int i = 0; i < TCON.GENRES.size(); i++) {
                assertEquals(List.of(TCON.GENRES.get(i)), g(String.format("(%02d)", i)));
            }
        }

        @Test
        void testUnknown() {
            assertEquals(List.of("Unknown"), g("(255)"));
            assertEquals(List.of("Unknown"), g("199"));
            assertNotEquals(List.of("Unknown"), g("256"));
        }

        @Test
        void testParenedMulti() {
            assertEquals(List.of("Blues", "Country"), g("(00)(02)"));
        }

        @Test
        void testCoverremix() {
            assertEquals(List.of("Cover"), g("CR"));
            assertEquals(List.of("Cover"), g("(CR)"));
            assertEquals(List.of("Remix"), g("RX"));
            assertEquals(List.of("Remix"), g("(RX)"));
        }

        @Test
        void testParenedText() {
            assertEquals(List.of("Blues", "Country", "Real Folk Blues"), g("(00)(02)Real Folk Blues"));
        }

        @Test
        void testEscape() {
            assertEquals(List.of("Blues", "(A genre)"), g("(0)((A genre)"));
            assertEquals(List.of("New Age", "(20)"), g("(10)((20)"));
        }

        @Test
        void testNullsep() {
            assertEquals(List.of("Blues", "A genre"), g("0\0A genre"));
        }

        @Test
        void testNullsepEmpty() {
            assertEquals(List.of("Blues", "A genre"), g("\0" + "0\0A genre"));
        }

        @Test
        void testCrazy() {
            assertEquals(List.of("Alternative", "Cover", "Fusion", "Another", "Techno-Industrial", "Hooray"),
                    g("(20)(CR)\0" + "30\0\0Another\0(51)Hooray"));
        }

        @Test
        void testRepeat() {
            assertEquals(List.of("Alternative"), g("(20)Alternative"));
            assertEquals(List.of("Alternative", "Alternative"), g("(20)\0Alternative"));
        }

        @Test
        void testSetGenre() {
            TCON gen = new TCON(Encoding.LATIN1, "");
            assertEquals(List.of(), gen.genres());
            gen.setGenres(List.of("a genre", "another"));
            assertEquals(List.of("a genre", "another"), gen.genres());
        }

        @Test
        void testSetString() {
            TCON gen = new TCON(Encoding.LATIN1, "");
            gen.setGenres("foo");
            assertEquals(List.of("foo"), gen.genres());
        }

        @Test
        void testNodoubledecode() {
            TCON gen = new TCON(Encoding.UTF16, "(255)genre");
            gen.setGenres(gen.genres());
            assertEquals(List.of("Unknown", "genre"), gen.genres());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TID3TimeStamp
    class TID3TimeStamp {
        @Test
        void testY() {
            ID3TimeStamp s = new ID3TimeStamp("1234");
            assertEquals(1234L, s.year());
            assertEquals("1234", s.text());
        }

        @Test
        void testYM() {
            ID3TimeStamp s = new ID3TimeStamp("1234-56");
            assertEquals(1234L, s.year());
            assertEquals(56L, s.month());
            assertEquals("1234-56", s.text());
        }

        @Test
        void testYmD() {
            ID3TimeStamp s = new ID3TimeStamp("1234-56-78");
            assertEquals(78L, s.day());
            assertEquals("1234-56-78", s.text());
        }

        @Test
        void testYmdH() {
            ID3TimeStamp s = new ID3TimeStamp("1234-56-78T12");
            assertEquals(12L, s.hour());
            assertEquals("1234-56-78 12", s.text());
        }

        @Test
        void testYmdhM() {
            ID3TimeStamp s = new ID3TimeStamp("1234-56-78T12:34");
            assertEquals(34L, s.minute());
            assertEquals("1234-56-78 12:34", s.text());
        }

        @Test
        void testYmdhmS() {
            ID3TimeStamp s = new ID3TimeStamp("1234-56-78T12:34:56");
            assertEquals(1234L, s.year());
            assertEquals(56L, s.month());
            assertEquals(78L, s.day());
            assertEquals(12L, s.hour());
            assertEquals(34L, s.minute());
            assertEquals(56L, s.second());
            assertEquals("1234-56-78 12:34:56", s.text());
        }

        @Test
        void testAlternateReprs() {
            assertEquals("1234-56-78 12:34:56", new ID3TimeStamp("1234-56.78 12:34:56").text());
        }

        @Test
        void testOrder() {
            ID3TimeStamp s = new ID3TimeStamp("1234");
            ID3TimeStamp t = new ID3TimeStamp("1233-12");
            ID3TimeStamp u = new ID3TimeStamp("1234-01");
            assertTrue(t.compareTo(s) < 0 && s.compareTo(u) < 0);
            assertTrue(u.compareTo(s) > 0 && s.compareTo(t) > 0);
        }

        @Test
        void testTypes() {
            assertEquals("2000-01-01", new ID3TimeStamp("2000-01-01").toString());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TFrameTest (test_fake_zlib and test_is_valid_frame_id for every class)
    class TFrameTest {
        @Test
        void testFakeZlib() {
            List<Supplier<? extends Frame>> all = new ArrayList<>(Frames.v23().values());
            all.addAll(Frames.v22().values());
            for (Supplier<? extends Frame> kind : all) {
                assertThrows(ID3JunkFrameError.class,
                    () -> Frame.fromData(kind, H24, Frame.FLAG24_COMPRESS, b("\3abcdefg")), kind.get().frameId());
            }
        }

        @Test
        void testIsValidFrameId() {
            for (String id : Frames.v23().keySet()) {
                assertTrue(Frames.isValidFrameId(id), id);
                assertEquals(id, Frames.v23().get(id).get().frameId());
            }
            for (String id : Frames.v22().keySet()) {
                assertTrue(Frames.isValidFrameId(id), id);
                assertEquals(id, Frames.v22().get(id).get().frameId());
            }
        }

        @Test
        void testAllSpecsHaveDefault() {
            List<Supplier<? extends Frame>> all = new ArrayList<>(Frames.v23().values());
            all.addAll(Frames.v22().values());
            for (Supplier<? extends Frame> kind : all) {
                Frame f = kind.get();
                for (Spec s : f.framespec()) {
                    assertTrue(f.get(s.name()) != null, f.frameId() + "." + s.name());
                }
            }
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::FrameIDValidate
    class FrameIDValidate {
        @Test
        void testValid() {
            assertTrue(Frames.isValidFrameId("APIC"));
            assertTrue(Frames.isValidFrameId("TPE2"));
        }

        @Test
        void testInvalid() {
            assertFalse(Frames.isValidFrameId("MP3e"));
            assertFalse(Frames.isValidFrameId("+ABC"));
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TTimeStampTextFrame and TTextFrame
    class TTextFrame {
        // Port of tests/test__id3frames.py::TTimeStampTextFrame.test_default
        @Test
        void testTimeStampDefault() {
            assertEquals(new TDRC(), new TDRC(Encoding.UTF16, List.of()));
        }

        @Test
        void testCompareToUnicode() {
            TDRC frame = new TDRC(Encoding.LATIN1, List.of("1987", "1988"));
            assertEquals("1987,1988", frame.str());
        }

        @Test
        void testDefaults() {
            assertEquals(new TIT2(), new TIT2(Encoding.UTF16, List.of()));
        }

        @Test
        void testDefaultDefaultMutable() {
            TIT2 frame = new TIT2();
            frame.text().add("foo");
            assertEquals(List.of(), new TIT2().text());
        }

        @Test
        void testMain() {
            assertEquals(List.of("text"), new TIT2(Encoding.UTF16, "text").text());
            assertEquals(List.of("a", "b"), new TIT2(Encoding.UTF16, List.of("a", "b")).text());
        }

        @Test
        void testMultiValue() throws Exception {
            TIT2 frame = new TIT2(Encoding.LATIN1, List.of("foo", "", "", "bar", "", ""));
            byte[] data = frame.writeData(new ID3SaveConfig(3, null));
            assertEquals(List.of("foo", "", "", "bar", "", ""), ((TIT2) fromData("TIT2", H24, 0, data)).text());
            assertEquals(List.of("foo", "", "", "bar"), ((TIT2) fromData("TIT2", H23, 0, data)).text());
            assertEquals(List.of("foo", "", "", "bar"), ((TIT2) fromData("TIT2", H22, 0, data)).text());
        }

        @Test
        void testListIface() {
            TIT2 frame = new TIT2();
            frame.append("a");
            frame.extend(List.of("b", "c"));
            assertEquals(List.of("a", "b", "c"), frame.text());
        }

        @Test
        void testZlibLatin1() throws Exception {
            TextFrame tag = (TextFrame) fromData("TIT2", H24, 0x9,
                    T.cat(b("\0\0\0\u000f"), hex("789c6328c9c82c5600a244fd92d4e21200267f0525")));
            assertEquals(Encoding.LATIN1, tag.encoding());
            assertEquals(List.of("this is a/test"), tag.text());
        }

        @Test
        void testDatalenButNotCompressed() throws Exception {
            TextFrame tag = (TextFrame) fromData("TIT2", H24, 0x01, b("\0\0\0\u0006\0A test"));
            assertEquals(Encoding.LATIN1, tag.encoding());
            assertEquals(List.of("A test"), tag.text());
        }

        @Test
        void testUtf8() throws Exception {
            TextFrame tag = (TextFrame) fromData("TIT2", H23, 0, b("\3this is a test"));
            assertEquals(Encoding.UTF8, tag.encoding());
            assertEquals("this is a test", tag.str());
        }

        @Test
        void testZlibUtf16() throws Exception {
            byte[] data = T.cat(b("\0\0\0\u001f"),
                    hex("789c63fcffaf84218321" + "93a19841014a2632e8339430a402d9250c0087c60723"));
            TextFrame tag = (TextFrame) fromData("TIT2", H23, 0x80, data);
            assertEquals(Encoding.UTF16, tag.encoding());
            assertEquals(List.of("this is a/test"), tag.text());
            tag = (TextFrame) fromData("TIT2", H24, 0x08, data);
            assertEquals(Encoding.UTF16, tag.encoding());
            assertEquals(List.of("this is a/test"), tag.text());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TRVA2
    class TRVA2 {
        @Test
        void testDefault() {
            RVA2 frame = new RVA2();
            assertEquals("", frame.desc());
            assertEquals(1, frame.channel());
            assertEquals(1.0, frame.gain());
            assertEquals(1.0, frame.peak());
        }

        @Test
        void testBasic() {
            RVA2 r = new RVA2("", 1, 1, 1);
            assertEquals(r, r);
            assertNotEquals(r, (Object) 42);
        }

        @Test
        void testHashKey() {
            assertEquals("RVA2:d", new RVA2("d", 1, 1, 1).hashKey());
            assertEquals(new RVA2("", 1, 1, 1).hashKey(), new RVA2("", 1, 2, 1).hashKey());
            assertNotEquals(new RVA2("a", 1, 1, 1).hashKey(), new RVA2("b", 1, 1, 1).hashKey());
        }

        @Test
        void testPprint() {
            assertEquals("RVA2=[unrepresentable data]", new RVA2("d", 1, 1, 1).pprint());
            assertEquals("Master volume: +1.0000 dB/1.0000", new RVA2("d", 1, 1, 1).str());
        }

        @Test
        void testWackyTruncated() {
            assertThrows(ID3JunkFrameError.class, () -> fromData("RVA2", H24, 0, b("\1{\u00f0\u0010\u00ff\u00ff\0")));
        }

        @Test
        void testBadNumberOfBits() {
            assertThrows(ID3JunkFrameError.class,
                () -> fromData("RVA2", H24, 0, b("\0\0\1\u00e6\u00fc\u0010{\u00d7")));
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TCTOC
    class TCTOC {
        @Test
        void testDefaults() {
            assertEquals(new CTOC(), new CTOC("", 0, List.of(), List.of()));
        }

        @Test
        void testHash() {
            CTOC frame = new CTOC("foo", 3, List.of("ch0"), List.of(new TPE2(Encoding.UTF8, "foo")));
            assertEquals("CTOC:foo", frame.hashKey());
        }

        @Test
        void testPprint() {
            CTOC frame = new CTOC("foo", 3, List.of("ch0"), List.of(new TPE2(Encoding.UTF8, "foo")));
            assertEquals("CTOC=foo flags=3 child_element_ids=ch0\n    TPE2=foo", frame.pprint());
        }

        @Test
        void testWrite() throws Exception {
            CTOC frame = new CTOC("foo", 3, List.of("ch0"), List.of(new TPE2(Encoding.UTF8, List.of("f", "b"))));
            byte[] data = b("foo\0\3\1ch0\0TPE2\0\0\0\u000b\0\0\1\u00ff\u00fef\0/\0b\0\0\0");
            assertArrayEquals(data, frame.writeData(new ID3SaveConfig(3, "/")));
        }

        @Test
        void testEq() {
            assertEquals(new CTOC(), new CTOC());
            assertNotEquals(new CTOC(), new Object());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TASPI
    class TASPI {
        @Test
        void testDefault() {
            ASPI frame = new ASPI();
            assertEquals(0L, frame.s());
            assertEquals(0L, frame.l());
            assertEquals(0L, frame.n());
            assertEquals(0, frame.b());
            assertEquals(List.of(), frame.fi());
        }

        @Test
        void testDefaultDefaultMutable() {
            ASPI frame = new ASPI();
            frame.fi().add(1);
            assertEquals(List.of(), new ASPI().fi());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TCHAP
    class TCHAP {
        @Test
        void testDefault() {
            CHAP frame = new CHAP();
            assertEquals("", frame.elementId());
            assertEquals(0L, frame.startTime());
            assertEquals(0L, frame.endTime());
            assertEquals(0xffffffffL, frame.startOffset());
            assertEquals(0xffffffffL, frame.endOffset());
            assertEquals(new ID3Tags(), frame.subFrames());
        }

        @Test
        void testHash() {
            CHAP frame = new CHAP("foo", 0, 0, 0, 0, List.of(new TPE2(Encoding.UTF8, "foo")));
            assertEquals("CHAP:foo", frame.hashKey());
        }

        @Test
        void testPprint() {
            CHAP frame = new CHAP("foo", 0, 0, 0, 0, List.of(new TPE2(Encoding.UTF8, "foo")));
            assertEquals("CHAP=foo time=0..0 offset=0..0\n    TPE2=foo", frame.pprint());
        }

        @Test
        void testEq() {
            assertEquals(new CHAP(), new CHAP());
            assertNotEquals(new CHAP(), new Object());
        }
    }

    @Nested
    // Port of tests/test__id3frames.py::TAPIC
    class TAPIC {
        @Test
        void testDefault() {
            APIC frame = new APIC();
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals("", frame.mime());
            assertEquals(PictureType.COVER_FRONT, frame.type());
            assertEquals("", frame.desc());
            assertArrayEquals(b(""), frame.data());
        }

        @Test
        void testHash() {
            APIC frame = new APIC(Encoding.LATIN1, "m", PictureType.of(3), "d", b("B"));
            assertEquals("APIC:d", frame.hashKey());
        }

        @Test
        void testPprint() {
            APIC frame = new APIC(Encoding.LATIN1, "mime", PictureType.of(3), "desc", b("B"));
            assertEquals("cover front, desc (mime, 1 bytes)", frame.pprintValue());
        }

        @Test
        void testMulti() {
            assertEquals(new APIC().set("data", b("1")).hashKey(), new APIC().set("data", b("2")).hashKey());
            assertNotEquals(new APIC().set("desc", "a").hashKey(), new APIC().set("desc", "b").hashKey());
        }

        @Test
        void testRoundTrip() throws Exception {
            APIC frame = new APIC(Encoding.LATIN1, "m", PictureType.of(3), "d", b("B"));
            APIC newFrame = new APIC();
            newFrame.readData(H24, reader(frame.writeData()));
            assertEquals(frame, newFrame);
        }
    }
}
