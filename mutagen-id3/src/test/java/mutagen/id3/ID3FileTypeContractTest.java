// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for ID3FileType (through mutagen.testkit.FileTypeContract)
package mutagen.id3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

/**
 * The contract over mutagen's bare ID3 tag files. Only this module's providers are installed in its tests, so
 * {@code ID3FileType} is the format chosen here; with mutagen-mp3 installed, {@code MP3} scores higher for any file
 * starting with {@code ID3} (2 against 1), as in mutagen.
 */
class ID3FileTypeContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(
                TestFiles.corpus("id3v23_unsynch.id3"),
                TestFiles.corpus("id3v24_extended_header.id3"),
                TestFiles.corpus("issue_21.id3"),
                // mutagen runs ID3FileType over _FILETYPES[MP3] too; xing.mp3 is left out because it has no ID3
                // header, so ID3FileType scores 0 for it and this contract requires the format to be chosen.
                TestFiles.corpus("bad-xing.mp3"),
                TestFiles.corpus("silence-44-s.mp3"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new ID3FileType(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new ID3FileType(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return ID3FileType.class;
    }

    /** Its module re-exports id3's {@code delete}. */
    @Override
    protected boolean moduleDelete(Path path) throws IOException {
        ID3.deleteTags(path, true, true);
        return true;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("TIT2", new TIT2(Encoding.UTF8, "edited by the contract"));
    }
}
