// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for OggFLAC (through mutagen.testkit.FileTypeContract)
package mutagen.oggflac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class OggFLACContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("empty.oggflac"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new OggFLAC(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new OggFLAC(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return OggFLAC.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("title", List.of("edited by the contract ".repeat(400)));
    }
}
