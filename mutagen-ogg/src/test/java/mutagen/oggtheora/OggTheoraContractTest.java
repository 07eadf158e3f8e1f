// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for OggTheora (through mutagen.testkit.FileTypeContract)
package mutagen.oggtheora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class OggTheoraContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("sample.oggtheora"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new OggTheora(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new OggTheora(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return OggTheora.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("title", List.of("edited by the contract ".repeat(400)));
    }
}
