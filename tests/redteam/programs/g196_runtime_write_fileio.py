# runtime: write fileio
import io
io.FileIO('/sandbox/pwn', 'w')
print("PWN" + "ED")
