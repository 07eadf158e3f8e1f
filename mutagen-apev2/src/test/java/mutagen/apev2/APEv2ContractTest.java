// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for APEv2File (through mutagen.testkit.FileTypeContract)
package mutagen.apev2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class APEv2ContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("oldtag.apev2"), TestFiles.corpus("145-invalid-item-count.apev2"),
                TestFiles.corpus("brokentag.apev2"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new APEv2File(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new APEv2File(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return APEv2File.class;
    }

    /** Its module re-exports apev2's {@code delete}. */
    @Override
    protected boolean moduleDelete(Path path) throws IOException {
        APEv2.deleteFrom(path);
        return true;
    }

    @Override
    protected void edit(FileType file) throws IOException {
        file.put("Title", "edited by the contract");
    }
}
