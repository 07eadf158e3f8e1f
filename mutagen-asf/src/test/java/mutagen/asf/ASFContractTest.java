// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for ASF (through mutagen.testkit.FileTypeContract)
package mutagen.asf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class ASFContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("silence-1.wma"), TestFiles.corpus("silence-2.wma"),
                TestFiles.corpus("silence-3.wma"), TestFiles.corpus("issue_29.wma"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new ASF(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new ASF(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return ASF.class;
    }

    /**
     * An attribute with a language: it goes to the metadata library object, which is read last, so that the tags
     * read back are in the order they were edited (an extended content description attribute would come back
     * before those of the metadata object: mutagen reads the four objects in a fixed order).
     */
    @Override
    protected void edit(FileType file) throws IOException {
        file.put("WM/Composer", new ASFUnicodeAttribute("edited by the contract", 1, null));
    }
}
