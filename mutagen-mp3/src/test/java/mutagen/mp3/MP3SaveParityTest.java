// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saved files are byte-identical to mutagen 1.48.1's. The SHA-256 sums are of the files mutagen wrote for the same
 * edits on the same corpus file: {@code f = MP3(p); f["TIT2"] = TIT2(encoding=3, text=["edited"]); f.save()},
 * {@code f = EasyMP3(p); f["artist"] = ["x", "y"]; f.save()} and {@code MP3(p).delete()}.
 */
class MP3SaveParityTest {
    @TempDir
    Path tmp;

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "97-unknown-23-update.mp3, 6d2c308667a451d8eeae742c39a125bcd152dd841b8cf997aee801564e9d66ef, 6d6dc965298444e91e8efdc1b1f6436e361d998b88d70ef13fa9ce041f167df4, 7d7fafb0456683f3762b5656a2c02afbf0720a8a1288876f76ffcca0ca7dc076",
            "apev2-lyricsv2.mp3, ea0899608eb22155cc9716db89a51c8ced9970c7ccc5dbb5b73a96250651d8fa, f75bb23134809d88a500e1c8cdf2531a6b1a04d3311b078150751fe1854116de, 943bb9a239a8f3c86ae4766e9b5d62d910fc1fd1a4fcf491dc52e0bdd7b624ea",
            "audacious-trailing-id32-apev2.mp3, d4b5528fae7d70a6f1e36f861389fd16a607fce094bc60ccec5d07d14a8f4d5a, 72676a7cbc73bac20323c8adc188351ba0afaaee769a653b81719eed6c3192cb, 13f0758ecebf35f0e4c55fc02ea92da0ff876e2caef6652d971085e8afb93211",
            "audacious-trailing-id32-id31.mp3, 39a451ce40c6882e215dd85b78fe9fe51cd45a839c4b657f9bcc3436691840c5, 49070ce0eb0c121408436fe02ea78a10c78f475a8d161f44ec80cf3876f12c36, e71f516ed009695632461c2c8993a8d409c324c1dfc96b9243f8a64136ef1f2a",
            "bad-POPM-frame.mp3, e55ab6488e69ff921dd16f745b60fe57c495a129e0e8af280dbbf041a1ec131f, 775d75cfe10e2cd44f55dc408f19b0500085f13ffc3f42b824f3eb5a6ab723c4, 5ddbe777e47f47acb32f90574ea174936d8ee2b1052a16fa6871605692298ada",
            "bad-TYER-frame.mp3, 4c0039c74b9dbe03d839e59982323305ad9b03d32134273a3cf1a06511ba60dc, d48e16c3e37eedaee36e99a58b1756fe7daa40bb28ddc6cd4558b09a5f4f7186, 4486f806bc2f0763f4e20ea04d19ea74259ec2224130762e9cbaadb1924a823a",
            "bad-xing.mp3, ba4186c8f4f619aa7872778f680a232d45a8c144c55992d1361e65e94af4ef73, 30ffaecaa9f6db251b02a2897ff014115f6f3b5ab31e15dc00af1ae32b194e34, 0f5a4e74790bef49c70a7d7ac9903c5b5ebaf33a3a1d6f432dc16206b9616b49",
            "id3v1v2-combined.mp3, 1316266027219a00da40fde5d972debf5547d6ed350e92a7db4761ecbbaacaf0, e7f8d3acf258c0f3cfc3f3ee004a0a6d5cc3048898e95cda063e65a89ae0ce44, 5208e676bb69227d03d01e4794fd2648171a4bb4edffe825dbb6526cec679da6",
            "id3v22-test.mp3, a5135756ec8fda2f72362d38d2a1ac46b889e6a957c4103af2da3acb0fe5d36a, becf19ad0e0f3c61df3abe91aae09eb80623de5adf2bbebf9e678e8a087aabc6, 5208e676bb69227d03d01e4794fd2648171a4bb4edffe825dbb6526cec679da6",
            "lame-peak.mp3, 1021060a85eda2c4319b21e33540c54f39e8019923e4dc620f7909b38855a808, 39fecac1f0382ed484bdc6a95d1c26b56cb433b0c35b3650190422e1d0c06b78, d0975cf927fdbfb1fe5a7b53d2a29234acd244f207e953e0a450df9ba88a1398",
            "lame.mp3, c13bc8596c8d275862d898d21a9903640f2fbe0496df92d41d979b1d10974a68, aacc4e432a947b1f0a0cd4839d6524b3c08c6bfe98e289417292ebf060b7b2ed, ff9e3a2e3bd4df0e7a65837f9b17c4b6ab4b8ca732a2d623e7e08403613e1a67",
            "lame397v9short.mp3, 8e98ace8f18d1cd033ffe47c3357a93483fee1c71d28a05232df9af707ef668c, bf4ac31e3b2bef0485b84134d30fdd0a630cce85847cd6f51fb2a2fa8f3fc915, b23a0d804079c63c831ab74239f4347dbae8d06025858d14d49dceaf29f87c7a",
            "no-tags.mp3, dd74c24239e9c25cff8168f336b560a6054250364005929dae18914f9be5b365, f6b80b6d2c1214e73ffa37c84a019aba8b019c625bf2da65bb0202d0dcb6c3d8, f0aaaf381a00cf2b5627abb3937b0430f353e9896441dd23bc5f167810b89cbf",
            "silence-44-s-mpeg2.mp3, 676e58cae1416a7f131e9840efaafe27203badb468c6e4f0adc2c6cfcbaf9fd8, 765409df0e1507069410449e1f35ac98e43f898db230dece2c6777f0d493554b, 9755bf211a11ebe98ff1856b8c96ebc1b305ca092f3a24587f6582fe2c2597dd",
            "silence-44-s-mpeg25.mp3, 88b6a6aa02edbde915c76c40ba1695e5044ebb2018122863cc5cdd7faf63f8c9, af2a8aa906ffe38d960eca15f2f7bdaffd44d78ac1a51b19aa634998a23bceca, d4b1e48d97cde409f49659a51dfa672d4a9c4e4a470143e40d2f595a3d706643",
            "silence-44-s-v1.mp3, 0aaefe2f9657a2f92df04e756b687f5d9df1bba6d6c42c67ead1c1038f90271d, b79b778eabb6ac2c7a566a17fc65ce1b33eef683e3fea30a224d91f0746bc427, 7d7fafb0456683f3762b5656a2c02afbf0720a8a1288876f76ffcca0ca7dc076",
            "silence-44-s.mp3, 345c4680c8047496efbae8345503ee8cd0f94a80615208099e712704d8d1587b, 362a8467ff8341ca3312b8fe45362eda32d9b55af6837b9ef3db1d561cf861f3, 7d7fafb0456683f3762b5656a2c02afbf0720a8a1288876f76ffcca0ca7dc076",
            "vbri.mp3, 3543189e43807bce051d3407de3fca53a7e8f8f3f922b35ba1754a86898c8a3f, ecffb426fa5366e917be21902492b57e7ba18c5ccf7bc0b5fc32fff3f1f79f2c, b06abc9fb5e9f50f5cbf3eefae9310c0fd522f3962b7f206e0854fed6246c30f",
            "xing.mp3, 66943d085a7cd5867b9e38bb48025331dc693dc17f2d058e96ad3a11b48d41fb, b71da3d5c9832c27b338c60979ea37f0e99d7d42ccaf1b93ac716c502dd4f8c9, 1c0ff998f832b14dcd298f6124c8db3f67756f38375ad6b9c602e8b50ce8b283"
    })
    void testSavedBytesMatchMutagen(String name, String edited, String easyEdited, String deleted)
            throws IOException {
        Path source = TestFiles.corpus(name);

        Path a = TestFiles.tempCopy(source, tmp);
        MP3 f = new MP3(a);
        f.put("TIT2", new TIT2(Encoding.UTF8, "edited"));
        f.save();
        assertEquals(edited, sha256(a), "MP3 edit of " + name);

        Path b = TestFiles.tempCopy(source, tmp);
        EasyMP3 g = new EasyMP3(b);
        g.put("artist", List.of("x", "y"));
        g.save();
        assertEquals(easyEdited, sha256(b), "EasyMP3 edit of " + name);

        Path c = TestFiles.tempCopy(source, tmp);
        new MP3(c).delete();
        assertEquals(deleted, sha256(c), "delete of " + name);
    }
}
