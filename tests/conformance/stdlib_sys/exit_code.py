# stdlib_sys: sys.exit(3) stops the program with exit status 3; finally blocks still run
import sys
def main():
    print('starting')
    try:
        sys.exit(3)
    finally:
        print('finally runs during exit')
    print('never')
main()
print('never either')
