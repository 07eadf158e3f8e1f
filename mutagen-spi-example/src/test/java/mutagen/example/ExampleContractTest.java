// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

/** The format runs the contract every format runs: this is all a format module writes to get it. */
class ExampleContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.fixture("example/44100-2-1.5s-tags.mutex"),
                TestFiles.fixture("example/8000-1-1s-notags.mutex"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new ExampleFile(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new ExampleFile(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return ExampleFile.class;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("title", "edited by the contract");
    }
}
