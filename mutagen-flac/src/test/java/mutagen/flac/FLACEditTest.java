// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Write round trips: each edit is made here and, by hand, with mutagen 1.48.1 on another copy
 * ({@code test-files/flac/derive-expected.py}); the saved files must be the same bytes (same SHA-256 and size) and
 * end with the same padding.
 */
class FLACEditTest {
    @TempDir
    Path tmp;

    /** name, source file (with " +id3" / " +id3+v1" when tags are put around it), SHA-256, size, final padding. */
    static final String[][] CASES = {
            {"unicode", "silence-44-s.flac", "b77cc73b3f9cf6ca580233ddebe4d6cbf7d6889cad4681b3dfa109199b69435b", "50904", "3059"},
            {"multi", "silence-44-s.flac", "108702739a842ca338185b4889873e3c7d87fa1ad6551cfd09a561a4daa0a4ec", "50904", "3014"},
            {"bigValue", "silence-44-s.flac", "2df19a29155e0cceceeeb1b7211d6266e17604cf7bb8f1bfff09d742c2f7c904", "1097498", "1070"},
            {"pictures0", "silence-44-s.flac", "5388033357aef4803167fa55174f241b923683a82980a4c771600b5a403fbc06", "50904", "3263"},
            {"pictures1", "silence-44-s.flac", "2710bd13733485aa19154cfecded3c931224ed5adafce05e6a29c4b3e6a30a3a", "50904", "2213"},
            {"pictures3", "silence-44-s.flac", "67753c74a4234a7f0e2b7c9806dfcea283b9d1eb6effd3adcdf4cdec9f2db3b9", "119345", "1070"},
            {"picture5mb", "silence-44-s.flac", "97b6d9dcbc43f967a78784ead9b6163d9e56923df7a86428d0e7bacb719bdee0", "5291844", "1070"},
            {"cuesheet", "silence-44-s.flac", "44d0d3d2b284ea718178db12afcf1c810c1487268174fc602ecc7c2521c2262a", "50904", "3156"},
            {"seektable", "silence-44-s.flac", "ee9cd01c7a3f638719d31bd257df390e1ac257fd49d4f5765cb7b00532207c5c", "50904", "3114"},
            {"application", "silence-44-s.flac", "c4c5cafdbc7db971998ba1436c5614ef4f105bcf9edf6780c34355e5c1130f5f", "50904", "2941"},
            {"applicationNochange", "flac_application.flac", "7a61bab9f7e37c06bc3705e74b463487d8a15c02b42e57dd9955fef80cc47641", "13000", "7669"},
            {"variableNochange", "variable-block.flac", "087f77e506a02f826cfbd58aaf783c7144e88123a46a7a95c748eff27d26ab18", "10240", "7601"},
            {"paddingNone", "silence-44-s.flac", "8e0bdcd4fa6a647b0b80e8d1d7384044abb16c4be93b5e738110cc498a711ad2", "47844", "0"},
            {"paddingSmall", "silence-44-s.flac", "bcb2f1af16cdb2db560146e1dfaf5061a46d94e5a46086989bbb34c77f1bd271", "47854", "10"},
            {"paddingLarge", "silence-44-s.flac", "089683b257981c2e0698d89ece0a54c550c10230071592b66174aebb769c13d8", "147844", "100000"},
            {"paddingMax", "silence-44-s.flac", "b914e232f3924a2597b5993d5ca917c61c2b277f361965fb20891456169b8b19", "16825059", "16777215"},
            {"extraPaddingBlocks", "silence-44-s.flac", "999c5bc800d7b7e073cce8b42e194788f277bf4eb8e3c9eaa28e017d5875c62b", "50904", "3060"},
            {"delete", "silence-44-s.flac", "c0d2a9d9201684b1b01f4c3119a2952557449d2f2be6dcd970c0e426405d3903", "47671", "0"},
            {"addTags", "no-tags.flac", "1fb345be600cb743958618d9370775644a8f40f8ef61ed4432654558be9b782f", "4692", "4101"},
            {"tooShortBlockSize", "52-too-short-block-size.flac", "79d02aaaf0ca98adb4b1ff13c704ff9477149dc7dc0d038eec1747ff1a1e6f0a", "50000", "5"},
            {"overwrittenMetadata", "52-overwritten-metadata.flac", "8a33298b523d5edc9fa10977fc8dc247830df73f93d3f475951297f7b6b2863e", "512", "6"},
            {"shortPictureBlockSize", "106-short-picture-block-size.flac", "15300b89fe24db112c0925d4deccbac2eae2dff85456a0962414bc140d2aebfc", "4692", "3942"},
            {"id3Keep", "silence-44-s.flac +id3", "c82b74fe9ad5bdc251eff168d1d737078fd12c6eab4c293179e6ef5b25787e99", "52009", "3059"},
            {"id3Delete", "silence-44-s.flac +id3+v1", "b88721c0113eed8ea496c72fd4effc15dd775d74a585159d99ba56871dd72f3e", "52009", "4164"},
            {"streamInfo", "silence-44-s.flac", "9b1c17c887329612ef7fcc5afb98bb515bd1e82ff30ac477d1200e4cc10c661f", "50904", "3060"},
    };

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> Arguments.of((Object[]) c));
    }

    private static Picture pic(int n, int type, String mime, String desc) {
        Picture p = new Picture();
        p.type(type);
        p.mime(mime);
        p.desc(desc);
        p.width(10);
        p.height(20);
        p.depth(24);
        p.colors(0);
        p.data(FlacTestSupport.pattern(n));
        return p;
    }

    private static void edit(String name, FLAC f) throws IOException {
        switch (name) {
            case "unicode":
                f.put("title", "A Unicode Title \u2022");
                f.put("ARTIST", "\u00e9\u00e8 \ud83c\udfb5");
                f.save();
                break;
            case "multi":
                f.put("artist", List.of("a", "b", "c"));
                f.put("empty", List.of(""));
                f.put("Mixed", List.of("", "x", ""));
                f.save();
                break;
            case "bigValue":
                f.put("big", "v".repeat(1024 * 1024));
                f.save();
                break;
            case "pictures0":
                f.clearPictures();
                f.save();
                break;
            case "pictures1":
                f.clearPictures();
                f.addPicture(pic(1000, 3, "image/png", "cover"));
                f.save();
                break;
            case "pictures3":
                f.addPicture(pic(300, 4, "image/jpeg", ""));
                f.addPicture(pic(70000, 0, "image/gif", "\u00fcml"));
                f.addPicture(new Picture());
                f.save();
                break;
            case "picture5mb":
                f.addPicture(pic(5 * 1024 * 1024, 3, "image/png", "cover"));
                f.save();
                break;
            case "cuesheet": {
                f.metadataBlocks().remove(f.cuesheet());
                CueSheet cs = new CueSheet();
                cs.mediaCatalogNumber(FlacTestSupport.latin1("0000000000042"));
                cs.leadInSamples(44100);
                cs.compactDisc(false);
                CueSheetTrack t = new CueSheetTrack(1, 0, FlacTestSupport.latin1("ABCDE1234567"), 0, true);
                t.indexes().add(new CueSheetTrackIndex(1, 0));
                t.indexes().add(new CueSheetTrackIndex(2, 588 * 3));
                cs.tracks().add(t);
                cs.tracks().add(new CueSheetTrack(170, 162496));
                f.cuesheet(cs);
                f.save();
                break;
            }
            case "seektable": {
                f.metadataBlocks().remove(f.seektable());
                SeekTable st = new SeekTable();
                st.seekpoints().add(new SeekPoint(0, 0, 4608));
                st.seekpoints().add(new SeekPoint(4608 * 10, 1234, 4608));
                st.seekpoints().add(new SeekPoint(SeekPoint.PLACEHOLDER, 0, 0));
                f.seektable(st);
                f.save();
                break;
            }
            case "application":
                f.metadataBlocks().add(1, new Application(FlacTestSupport.concat(FlacTestSupport.latin1("abcd"),
                        FlacTestSupport.pattern(100))));
                f.metadataBlocks().add(new RawBlock(100, FlacTestSupport.latin1("unknown")));
                f.save();
                break;
            case "applicationNochange":
            case "variableNochange":
                f.save();
                break;
            case "paddingNone":
                f.save(info -> 0);
                break;
            case "paddingSmall":
                f.save(info -> 10);
                break;
            case "paddingLarge":
                f.save(info -> 100000);
                break;
            case "paddingMax":
                f.save(info -> 1 << 24);
                break;
            case "extraPaddingBlocks":
                f.metadataBlocks().add(1, new Padding(new byte[42]));
                f.metadataBlocks().add(3, new Padding(new byte[24]));
                f.save();
                break;
            case "delete":
                f.delete();
                break;
            case "addTags":
                f.addTags();
                f.put("title", "new");
                f.save();
                break;
            case "tooShortBlockSize":
            case "overwrittenMetadata":
            case "shortPictureBlockSize":
            case "id3Keep":
                f.put("title", "vc title");
                f.save();
                break;
            case "id3Delete":
                f.put("title", "vc title");
                f.save(true, null);
                break;
            case "streamInfo":
                f.info().totalSamples(0);
                f.info().md5Signature(new java.math.BigInteger("0123456789abcdef0123456789abcdef", 16));
                f.save();
                break;
            default:
                throw new AssertionError("unknown case " + name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameBytesAsMutagen(String name, String source, String sha256, String size, String padding)
            throws IOException {
        String[] parts = source.split(" ");
        byte[] data = TestFiles.bytes(TestFiles.corpus(parts[0]));
        if (parts.length > 1) {
            data = FlacTestSupport.concat(FlacTestSupport.id3v2("id3 title"), data);
            if (parts[1].contains("v1")) {
                data = FlacTestSupport.concat(data, FlacTestSupport.id3v1("id3 title"));
            }
        }
        Path path = tmp.resolve(name + ".flac");
        Files.write(path, data);
        edit(name, new FLAC(path));
        assertEquals(Long.parseLong(size), Files.size(path));
        assertEquals(sha256, FlacTestSupport.sha256(path));
        FLAC back = new FLAC(path);
        assertNotNull(back.info());
        MetadataBlock last = back.metadataBlocks().get(back.metadataBlocks().size() - 1);
        assertEquals(Long.parseLong(padding), last instanceof Padding ? ((Padding) last).length() : -1);
        // nothing is left beside the file
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count());
        }
    }
}
