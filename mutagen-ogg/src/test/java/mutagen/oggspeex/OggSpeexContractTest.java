// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for OggSpeex (through mutagen.testkit.FileTypeContract)
package mutagen.oggspeex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class OggSpeexContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("empty.spx"), TestFiles.corpus("multiplexed.spx"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new OggSpeex(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new OggSpeex(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return OggSpeex.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("title", List.of("edited by the contract ".repeat(400)));
    }
}
