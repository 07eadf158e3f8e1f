// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for DSDIFF (through mutagen.testkit.FileTypeContract)
package mutagen.dsdiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class DSDIFFContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("2822400-1ch-0s-silence.dff"), TestFiles.corpus("5644800-2ch-s01-silence.dff"),
                TestFiles.corpus("5644800-2ch-s01-silence-dst.dff"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new DSDIFF(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new DSDIFF(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return DSDIFF.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("TIT2", new TIT2(Encoding.UTF8, "edited by the contract"));
    }
}
