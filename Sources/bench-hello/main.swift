// The baseline of the first-frame benchmark: a Swift program that only starts, prints and exits.
print("hello")
