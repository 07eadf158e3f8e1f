// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for MP4 (through mutagen.testkit.FileTypeContract)
package mutagen.mp4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class MP4ContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("has-tags.m4a"), TestFiles.corpus("no-tags.m4a"),
                TestFiles.fixture("mp4/aac-moov-last.m4a"), TestFiles.fixture("mp4/aac-fragmented.m4a"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new MP4(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new MP4(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return MP4.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("\u00a9nam", List.of("edited by the contract"));
    }
}
