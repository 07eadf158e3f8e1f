// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for FLAC (through mutagen.testkit.FileTypeContract)
package mutagen.flac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class FLACContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("silence-44-s.flac"), TestFiles.corpus("no-tags.flac"),
                TestFiles.corpus("flac_application.flac"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new FLAC(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new FLAC(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return FLAC.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("title", List.of("edited by the contract"));
    }
}
