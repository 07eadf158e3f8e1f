// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for MP3 (through mutagen.testkit.FileTypeContract)
package mutagen.mp3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class MP3ContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(
                TestFiles.corpus("silence-44-s.mp3"),        // ID3v2.3 tag with padding, no ID3v1
                TestFiles.corpus("no-tags.mp3"),             // no tag at all, LAME header
                TestFiles.corpus("xing.mp3"),                // no tag, Xing header
                TestFiles.corpus("id3v1v2-combined.mp3"),    // ID3v2 and ID3v1 tags
                TestFiles.corpus("silence-44-s-v1.mp3"),     // only an ID3v1 tag
                TestFiles.corpus("id3v22-test.mp3"));        // ID3v2.2 tag (upgraded to v2.4 on save)
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new MP3(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new MP3(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return MP3.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("TIT2", new TIT2(Encoding.UTF8, "edited by the contract"));
    }
}
