// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TAbstractFileType for MonkeysAudio (through mutagen.testkit.FileTypeContract)
package mutagen.monkeysaudio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.apev2.APEv2;
import mutagen.testkit.FileTypeContract;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

class MonkeysAudioContractTest extends FileTypeContract {

    @Override
    protected List<Path> samples() {
        return List.of(TestFiles.corpus("mac-399.ape"), TestFiles.corpus("mac-396.ape"),
                TestFiles.corpus("mac-390-hdr.ape"));
    }

    @Override
    protected FileType open(FileSource source) throws IOException {
        return new MonkeysAudio(source);
    }

    @Override
    protected FileType open(Path path) throws IOException {
        return new MonkeysAudio(path);
    }

    @Override
    protected Class<? extends FileType> kind() {
        return MonkeysAudio.class;
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
