import ArgumentParser
import AdimpleApp
print("x")
